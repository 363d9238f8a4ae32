import { limits, scoreSheetSchema, submissionSchema, submissionsRoot, canvasFields } from '../../hackathon/schema';
import type { Rule } from './rule';
import { contentKinds, parsedAfter, splitKey } from './rule';

/**
 * Submissions (root `submissions`, one per team under the team's id): written by the team's
 * members only, and not once judging is closed.
 */
export const submissionsRule: Rule = (change, context) => {
  if (change.removedExisting && !change.set) return 'removal';
  const kinds = contentKinds(change, { entry: 'json', field: [] });
  if (kinds) return kinds;
  if (!context.lookups.teamMembers(change.key).has(context.writer.id)) return 'not-member';
  if (context.lookups.settings().closed) return 'closed';
  const parsed = parsedAfter(context, submissionSchema);
  if (!parsed.ok) return parsed.reason;
  const submission = parsed.value;
  if (submission.teamId !== change.key || submission.submittedBy !== context.writer.id) return 'schema';
  if (submission.summary.length > limits.summary) return 'too-large';
  for (const [field, text] of Object.entries(submission.canvas)) {
    if (!(canvasFields as readonly string[]).includes(field)) return 'field';
    if (text.length > limits.field) return 'too-large';
  }
  return undefined;
};

/**
 * Score sheets (root `scores`, key `<judgeId>/<submissionId>`): written only by a judge the
 * facilitator named, only their own sheets, never for a team they belong to, only with marks the
 * rubric allows, and not once judging is closed.
 */
export const scoresRule: Rule = (change, context) => {
  const { writer, lookups } = context;
  if (writer.role !== 'judge') return 'not-judge';
  const parts = splitKey(change.key);
  if (!parts) return 'schema';
  const [judgeId, submissionId] = parts;
  if (judgeId !== writer.id) return 'not-yours';
  if (change.removedExisting && !change.set) return 'removal';
  const kinds = contentKinds(change, { entry: 'json', field: [] });
  if (kinds) return kinds;
  const settings = lookups.settings();
  if (!settings.judges.some((judge) => judge.deviceId === writer.id)) return 'not-judge';
  if (settings.closed) return 'closed';
  if (!lookups.doc.getMap(submissionsRoot).has(submissionId)) return 'schema';
  if (lookups.teamMembers(submissionId).has(writer.id)) return 'own-team';
  const parsed = parsedAfter(context, scoreSheetSchema);
  if (!parsed.ok) return parsed.reason;
  const sheet = parsed.value;
  if (sheet.judgeId !== judgeId || sheet.submissionId !== submissionId) return 'schema';
  const rubric = lookups.rubric();
  if (!rubric) return 'schema';
  for (const [criterionId, mark] of Object.entries(sheet.marks)) {
    if (!rubric.criteria.some((criterion) => criterion.id === criterionId)) return 'schema';
    if (!Number.isInteger(mark) || mark < rubric.scale.min || mark > rubric.scale.max) return 'schema';
  }
  return undefined;
};
