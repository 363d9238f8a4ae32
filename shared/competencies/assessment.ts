import { z } from 'zod';
import type * as Y from 'yjs';
import type { CompetenciesActivity, AssessmentRound } from '../activities/activitySchema';
import { assessmentRounds } from '../activities/activitySchema';
import type { Outcome, RecordProblem } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseRecord } from '../activities/records';
import type { PollView, PollViewer, VoteContext, VoteRefusalCode } from '../activities/votes';
import { placeDot, pollView, readBallots, removeDot } from '../activities/votes';
import type { RunState } from '../run/state';
import { isPollClosed } from '../run/state';
import { localEdit } from '../workshop/doc';
import type { DomainId, RatingLevel } from './framework';
import { competencies, competencyIds, domains, isCompetencyId, isRatingLevel } from './framework';

/**
 * Self-assessment against the framework (root `ratings`) and the priority vote on competencies.
 * Each person's ratings for a round sit under their own key `<round>/<deviceId>`, written only by
 * them, so a room rating at once never conflicts. A training asks "before" at the start and
 * "after" at the end; the two rounds are compared per competency.
 */
export const ratingsRoot = 'ratings';

export const assessmentSchema = z.looseObject({
  round: z.enum(assessmentRounds),
  /** Competency id → level 1–5. Unknown ids or levels are ignored on reading, not fatal. */
  levels: z.record(z.string(), z.unknown()),
  updatedAt: z.number(),
});

export type Levels = Partial<Record<string, RatingLevel>>;

export function assessmentKey(round: AssessmentRound, deviceId: string): string {
  return `${round}/${deviceId}`;
}

function cleanLevels(raw: Record<string, unknown>): Levels {
  const levels: Levels = {};
  for (const [id, level] of Object.entries(raw)) if (isCompetencyId(id) && isRatingLevel(level)) levels[id] = level;
  return levels;
}

/** Every person's ratings in a round, by device id. */
export function readAssessments(doc: Y.Doc, round: AssessmentRound): { byPerson: Map<string, Levels>; problems: RecordProblem[] } {
  const prefix = `${round}/`;
  const byPerson = new Map<string, Levels>();
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(ratingsRoot).forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const parsed = parseRecord(assessmentSchema, value);
    if (parsed.ok && parsed.value.round === round) byPerson.set(key.slice(prefix.length), cleanLevels(parsed.value.levels));
    else problems.push({ root: ratingsRoot, key, issues: parsed.ok ? ['round does not match key'] : parsed.issues });
  });
  return { byPerson, problems };
}

export type RatingRefusalCode = 'ratings.unknownCompetency' | 'ratings.badLevel';

/** Sets (or, with `undefined`, clears) one's own level on one competency. */
export function rateCompetency(doc: Y.Doc, round: AssessmentRound, deviceId: string, competencyId: string, level: number | undefined, now: number): Outcome<undefined, RatingRefusalCode> {
  if (!isCompetencyId(competencyId)) return refuse('ratings.unknownCompetency', { competencyId });
  if (level !== undefined && !isRatingLevel(level)) return refuse('ratings.badLevel', { min: 1, max: 5 });
  const key = assessmentKey(round, deviceId);
  const root = doc.getMap<unknown>(ratingsRoot);
  const parsed = assessmentSchema.safeParse(root.get(key));
  const levels: Levels = parsed.success ? cleanLevels(parsed.data.levels) : {};
  if (level === undefined) delete levels[competencyId];
  else levels[competencyId] = level;
  doc.transact(() => root.set(key, { round, levels, updatedAt: now }), localEdit);
  return accept(undefined);
}

export function myLevels(doc: Y.Doc, round: AssessmentRound, deviceId: string): Levels {
  return readAssessments(doc, round).byPerson.get(deviceId) ?? {};
}

export type CompetencyStats = {
  competencyId: string;
  key: string;
  /** People who rated it. */
  count: number;
  /** Mean level, undefined when nobody rated it. */
  mean: number | undefined;
  /** How many chose each level: index 0 is level 1, index 4 is level 5. */
  distribution: [number, number, number, number, number];
};

export type DomainStats = { domainId: DomainId; key: string; mean: number | undefined; count: number; competencies: CompetencyStats[] };

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function competencyStats(byPerson: ReadonlyMap<string, Levels>, competencyId: string): CompetencyStats {
  const values: number[] = [];
  const distribution: CompetencyStats['distribution'] = [0, 0, 0, 0, 0];
  for (const levels of byPerson.values()) {
    const level = levels[competencyId];
    if (level === undefined) continue;
    values.push(level);
    distribution[level - 1] = (distribution[level - 1] ?? 0) + 1;
  }
  return { competencyId, key: `competencies.${competencyId}`, count: values.length, mean: mean(values), distribution };
}

/**
 * Heat map values: per domain, each competency's mean and spread of levels, and the domain's
 * mean over all the ratings given in it (each rating weighs the same).
 */
export function heatMap(byPerson: ReadonlyMap<string, Levels>): DomainStats[] {
  return domains.map((domain) => {
    const stats = domain.competencyIds.map((id) => competencyStats(byPerson, id));
    const count = stats.reduce((sum, item) => sum + item.count, 0);
    const total = stats.reduce((sum, item) => sum + (item.mean ?? 0) * item.count, 0);
    return { domainId: domain.id, key: domain.key, count, mean: count === 0 ? undefined : total / count, competencies: stats };
  });
}

export type CompetencyChange = {
  competencyId: string;
  key: string;
  before: number;
  after: number;
  /** after − before, in levels. */
  delta: number;
  countBefore: number;
  countAfter: number;
  /** The change among people who rated it in both rounds, when any did: fairer when the room
   *  changed between rounds. */
  paired: { count: number; delta: number } | undefined;
};

/** Change per competency, only for competencies rated in both rounds. */
export function beforeAfter(before: ReadonlyMap<string, Levels>, after: ReadonlyMap<string, Levels>): CompetencyChange[] {
  const changes: CompetencyChange[] = [];
  for (const competency of competencies) {
    const was = competencyStats(before, competency.id);
    const now = competencyStats(after, competency.id);
    if (was.mean === undefined || now.mean === undefined) continue;
    const pairs: number[] = [];
    for (const [person, levels] of after) {
      const then = before.get(person)?.[competency.id];
      const level = levels[competency.id];
      if (then !== undefined && level !== undefined) pairs.push(level - then);
    }
    const pairedMean = mean(pairs);
    changes.push({
      competencyId: competency.id,
      key: competency.key,
      before: was.mean,
      after: now.mean,
      delta: now.mean - was.mean,
      countBefore: was.count,
      countAfter: now.count,
      paired: pairedMean === undefined ? undefined : { count: pairs.length, delta: pairedMean },
    });
  }
  return changes;
}

/** The priority vote of a competencies part: options are the fourteen competency ids. */
export function priorityContext(config: Pick<CompetenciesActivity, 'dots' | 'maxPerOption' | 'hiddenUntilClosed'>, run: RunState, partId: string): VoteContext & Pick<CompetenciesActivity, 'hiddenUntilClosed'> {
  return { rules: config, hiddenUntilClosed: config.hiddenUntilClosed, closed: isPollClosed(run, partId), isOption: isCompetencyId };
}

export function prioritise(doc: Y.Doc, partId: string, deviceId: string, competencyId: string, config: CompetenciesActivity, run: RunState, now: number): Outcome<{ left: number }, VoteRefusalCode> {
  return placeDot(doc, partId, deviceId, competencyId, priorityContext(config, run, partId), now);
}

export function unprioritise(doc: Y.Doc, partId: string, deviceId: string, competencyId: string, config: CompetenciesActivity, run: RunState, now: number): Outcome<undefined, VoteRefusalCode> {
  return removeDot(doc, partId, deviceId, competencyId, priorityContext(config, run, partId), now);
}

/** The ranked priorities, as the viewer may see them (every competency listed, 0 included). */
export function priorityView(doc: Y.Doc, partId: string, config: CompetenciesActivity, run: RunState, viewer: PollViewer): PollView {
  return pollView(readBallots(doc, partId).ballots, viewer, priorityContext(config, run, partId), competencyIds);
}
