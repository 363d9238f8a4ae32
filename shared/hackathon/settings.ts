import type * as Y from 'yjs';
import { randomId } from '../ids';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { localEdit } from '../workshop/doc';
import type { Criterion, HackathonSettings, Judge, Rubric, Scale } from './schema';
import { limits, rubricRoot, rubricSchema, settingsRoot, settingsSchema } from './schema';

/**
 * The facilitator's rules: the rubric (root `rubric`) and the running settings (root
 * `hackathon`: team size, deadline, judges, judging closed, reveal step). Both are small Y.Maps
 * of whole values, written only from the facilitator's side.
 *
 * Weights are refused, not normalised, when they do not add up to 100: silently rescaling
 * 30/30/30 to thirds hides a typo the facilitator meant to fix, and judges should see the same
 * percentages the facilitator typed.
 */
export type RubricRefusalCode = 'hackathon.weightsNot100' | 'hackathon.noCriteria' | 'hackathon.criterionLabel' | 'hackathon.badScale' | 'hackathon.facilitatorOnly';

const defaultCriteria: readonly [string, number][] = [
  ['impact', 30],
  ['feasibility', 25],
  ['inclusion', 15],
  ['useOfData', 15],
  ['roamX', 15],
];

/** The rubric a new hackathon starts from: the five criteria, scored 1 to 5. The labels
 *  are i18n keys turned into text by the caller, so they are stored in the facilitator's words. */
export function starterRubric(translate: (key: string) => string): Rubric {
  return {
    criteria: defaultCriteria.map(([key, weight]) => ({ id: key, label: translate(`hackathon.criteria.${key}`), weight })),
    scale: { min: 1, max: 5 },
  };
}

export const defaultSettings: HackathonSettings = { maxTeamSize: limits.defaultTeamSize, deadlineAt: null, judges: [], closed: false, revealStep: 0 };

export function weightTotal(criteria: readonly Pick<Criterion, 'weight'>[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
}

/** Checks a rubric; the first problem found, or undefined. */
export function checkRubric(rubric: { criteria: readonly Criterion[]; scale: Scale }): Outcome<undefined, RubricRefusalCode> {
  if (rubric.criteria.length === 0) return refuse('hackathon.noCriteria');
  const unnamed = rubric.criteria.findIndex((criterion) => criterion.label.trim() === '' || criterion.label.length > limits.criterionLabel);
  if (unnamed >= 0) return refuse('hackathon.criterionLabel', { index: unnamed + 1, limit: limits.criterionLabel });
  const total = weightTotal(rubric.criteria);
  const wholes = rubric.criteria.every((criterion) => Number.isInteger(criterion.weight) && criterion.weight >= 1);
  if (!wholes || total !== 100) return refuse('hackathon.weightsNot100', { total });
  if (!rubricSchema.safeParse(rubric).success) return refuse('hackathon.badScale', { min: rubric.scale.min, max: rubric.scale.max });
  return accept(undefined);
}

/** The stored rubric, or undefined when none is set or it fails validation. */
export function readRubric(doc: Y.Doc): Rubric | undefined {
  const parsed = rubricSchema.safeParse(doc.getMap(rubricRoot).toJSON());
  return parsed.success ? parsed.data : undefined;
}

export function setRubric(doc: Y.Doc, rubric: Rubric, actor: Actor): Outcome<undefined, RubricRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('hackathon.facilitatorOnly');
  const tidy = { ...rubric, criteria: rubric.criteria.map((criterion) => ({ ...criterion, id: criterion.id || randomId(), label: criterion.label.trim() })) };
  const checked = checkRubric(tidy);
  if (!checked.ok) return checked;
  doc.transact(() => {
    const map = doc.getMap(rubricRoot);
    map.set('criteria', tidy.criteria);
    map.set('scale', tidy.scale);
  }, localEdit);
  return accept(undefined);
}

/** The settings, each missing or invalid field falling back to its default. */
export function readSettings(doc: Y.Doc): HackathonSettings {
  const raw = doc.getMap(settingsRoot).toJSON();
  const merged = { ...defaultSettings, ...raw };
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  // Keep every field that is sound on its own rather than dropping all of them for one bad one.
  const result: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof HackathonSettings)[]) {
    const candidate = { ...defaultSettings, [key]: raw[key] };
    if (raw[key] !== undefined && settingsSchema.safeParse(candidate).success) result[key] = raw[key];
  }
  return result as HackathonSettings;
}

export type SettingsRefusalCode = 'hackathon.facilitatorOnly' | 'hackathon.badTeamSize' | 'hackathon.judgeMissing' | 'hackathon.tooManyJudges';

export function updateSettings(doc: Y.Doc, patch: Partial<HackathonSettings>, actor: Actor): Outcome<undefined, SettingsRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('hackathon.facilitatorOnly');
  const size = patch.maxTeamSize;
  if (size !== undefined && (!Number.isInteger(size) || size < limits.minTeamSize || size > limits.maxTeamSize)) {
    return refuse('hackathon.badTeamSize', { min: limits.minTeamSize, max: limits.maxTeamSize });
  }
  doc.transact(() => {
    const map = doc.getMap(settingsRoot);
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
  }, localEdit);
  return accept(undefined);
}

/** Names a device as a judge (the facilitator reads the code off the judge's screen). */
export function addJudge(doc: Y.Doc, judge: Judge, actor: Actor): Outcome<undefined, SettingsRefusalCode> {
  const deviceId = judge.deviceId.trim();
  if (deviceId === '') return refuse('hackathon.judgeMissing');
  const judges = readSettings(doc).judges.filter((item) => item.deviceId !== deviceId);
  if (judges.length >= limits.judges) return refuse('hackathon.tooManyJudges', { limit: limits.judges });
  return updateSettings(doc, { judges: [...judges, { deviceId, name: judge.name.trim() }] }, actor);
}

export function removeJudge(doc: Y.Doc, deviceId: string, actor: Actor): Outcome<undefined, SettingsRefusalCode> {
  return updateSettings(doc, { judges: readSettings(doc).judges.filter((item) => item.deviceId !== deviceId) }, actor);
}

export function isJudge(doc: Y.Doc, deviceId: string): boolean {
  return readSettings(doc).judges.some((judge) => judge.deviceId === deviceId);
}
