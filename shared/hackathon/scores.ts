import type * as Y from 'yjs';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { readRecords } from '../activities/records';
import { localEdit } from '../workshop/doc';
import type { Rubric, ScoreSheet } from './schema';
import { scoreSheetSchema, scoresRoot, submissionsRoot } from './schema';
import { readRubric, readSettings } from './settings';

/**
 * Scores (root `scores`): one sheet per judge per submission under `<judgeId>/<submissionId>`,
 * so a judge only ever writes keys that start with their own device id (the hub can check the
 * prefix) and two judges never touch the same value.
 *
 * Secrecy before the reveal is a matter of what each screen reads, through readScoresFor: the
 * sheets are in the shared document like everything else, so a determined peer with developer
 * tools could read them. What it prevents is a judge glancing at a colleague's marks.
 */
export type ScoreRefusalCode = 'hackathon.notJudge' | 'hackathon.noRubric' | 'hackathon.unknownCriterion' | 'hackathon.scoreOutOfRange' | 'hackathon.unknownSubmission' | 'hackathon.judgingClosed';

export const sheetKey = (judgeId: string, submissionId: string) => `${judgeId}/${submissionId}`;

/** Checks one mark against the rubric's scale: whole numbers from min to max. */
export function checkMark(rubric: Rubric, criterionId: string, value: number): Outcome<undefined, ScoreRefusalCode> {
  if (!rubric.criteria.some((criterion) => criterion.id === criterionId)) return refuse('hackathon.unknownCriterion');
  if (!Number.isInteger(value) || value < rubric.scale.min || value > rubric.scale.max) return refuse('hackathon.scoreOutOfRange', { min: rubric.scale.min, max: rubric.scale.max, value: String(value) });
  return accept(undefined);
}

/** Sets (or, with null, clears) one mark of the actor's own sheet. Judges only. */
export function scoreSubmission(doc: Y.Doc, submissionId: string, criterionId: string, value: number | null, actor: Actor, now: number): Outcome<undefined, ScoreRefusalCode> {
  const settings = readSettings(doc);
  if (!settings.judges.some((judge) => judge.deviceId === actor.deviceId)) return refuse('hackathon.notJudge');
  if (settings.closed) return refuse('hackathon.judgingClosed');
  const rubric = readRubric(doc);
  if (!rubric) return refuse('hackathon.noRubric');
  if (!doc.getMap(submissionsRoot).has(submissionId)) return refuse('hackathon.unknownSubmission');
  if (value !== null) {
    const checked = checkMark(rubric, criterionId, value);
    if (!checked.ok) return checked;
  }
  const key = sheetKey(actor.deviceId, submissionId);
  const own = readAllSheets(doc).find((sheet) => sheet.judgeId === actor.deviceId && sheet.submissionId === submissionId);
  const marks = { ...own?.marks };
  if (value === null) delete marks[criterionId];
  else marks[criterionId] = value;
  doc.transact(() => doc.getMap(scoresRoot).set(key, { judgeId: actor.deviceId, submissionId, marks, updatedAt: now } satisfies ScoreSheet), localEdit);
  return accept(undefined);
}

/** Every valid sheet whose key matches its own judge and submission (a sheet filed under
 *  someone else's key is ignored: it would let one judge speak for another). */
function readAllSheets(doc: Y.Doc): ScoreSheet[] {
  const map = doc.getMap(scoresRoot);
  return readRecords(doc, scoresRoot, scoreSheetSchema).records.filter((sheet) => map.get(sheetKey(sheet.judgeId, sheet.submissionId)) !== undefined);
}

/**
 * What one viewer may read. Before judging closes a judge sees only their own sheets and
 * everyone else (facilitator included) sees none; afterwards everyone sees all of them, for the
 * results and the export. Only sheets from current judges count.
 */
export function readScoresFor(doc: Y.Doc, viewer: Actor): ScoreSheet[] {
  const settings = readSettings(doc);
  const judges = new Set(settings.judges.map((judge) => judge.deviceId));
  const sheets = readAllSheets(doc).filter((sheet) => judges.has(sheet.judgeId));
  return settings.closed ? sheets : sheets.filter((sheet) => sheet.judgeId === viewer.deviceId);
}

/** Who has scored what, without the values: how many criteria each judge marked per submission. */
export function judgingProgress(doc: Y.Doc): { judgeId: string; submissionId: string; marked: number }[] {
  const judges = new Set(readSettings(doc).judges.map((judge) => judge.deviceId));
  return readAllSheets(doc)
    .filter((sheet) => judges.has(sheet.judgeId))
    .map((sheet) => ({ judgeId: sheet.judgeId, submissionId: sheet.submissionId, marked: Object.keys(sheet.marks).length }));
}
