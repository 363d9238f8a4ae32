import { z } from 'zod';
import type * as Y from 'yjs';
import type { Outcome, RecordProblem } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseRecord } from '../activities/records';
import { localEdit } from '../workshop/doc';
import { isInsightAnswer, isInsightId, type InsightAnswer, type InsightId } from './catalogue';

/**
 * The ten insights check (root `insights`): each person's answers for a part sit under their own
 * key `<partId>/<personId>`, written only by them, so a room answering at once never conflicts.
 * The key is what lets the hub tell whose answers they are; screens and the report only ever show
 * the room's profile, never one person's answers.
 */
export const insightsRoot = 'insights';

export const insightSheetSchema = z.looseObject({
  /** Insight id → answer. Unknown ids or answers are skipped on reading, refused by the hub. */
  answers: z.record(z.string(), z.unknown()),
  updatedAt: z.number(),
});

export type InsightAnswers = Partial<Record<InsightId, InsightAnswer>>;

export function insightSheetKey(partId: string, personId: string): string {
  return `${partId}/${personId}`;
}

function cleanAnswers(raw: Record<string, unknown>): InsightAnswers {
  const answers: InsightAnswers = {};
  for (const [id, answer] of Object.entries(raw)) if (isInsightId(id) && isInsightAnswer(answer)) answers[id] = answer;
  return answers;
}

/** Everyone's answers in one part, by person id. */
export function readInsightAnswers(doc: Y.Doc, partId: string): { byPerson: Map<string, InsightAnswers>; problems: RecordProblem[] } {
  const prefix = `${partId}/`;
  const byPerson = new Map<string, InsightAnswers>();
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(insightsRoot).forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const parsed = parseRecord(insightSheetSchema, value);
    if (parsed.ok) byPerson.set(key.slice(prefix.length), cleanAnswers(parsed.value.answers));
    else problems.push({ root: insightsRoot, key, issues: parsed.issues });
  });
  return { byPerson, problems };
}

export type InsightRefusalCode = 'insights.unknownInsight' | 'insights.badAnswer' | 'insights.closed';

/** Sets (or, with `undefined`, clears) one's own answer on one insight. */
export function answerInsight(doc: Y.Doc, partId: string, personId: string, insightId: string, answer: unknown, context: { closed: boolean; now: number }): Outcome<undefined, InsightRefusalCode> {
  if (context.closed) return refuse('insights.closed', {});
  if (!isInsightId(insightId)) return refuse('insights.unknownInsight', { insightId });
  if (answer !== undefined && !isInsightAnswer(answer)) return refuse('insights.badAnswer', { min: 1, max: 5 });
  const key = insightSheetKey(partId, personId);
  const root = doc.getMap<unknown>(insightsRoot);
  const parsed = insightSheetSchema.safeParse(root.get(key));
  const answers = parsed.success ? cleanAnswers(parsed.data.answers) : {};
  if (answer === undefined) delete answers[insightId];
  else answers[insightId] = answer;
  doc.transact(() => root.set(key, { answers, updatedAt: context.now }), localEdit);
  return accept(undefined);
}

export function myInsightAnswers(doc: Y.Doc, partId: string, personId: string): InsightAnswers {
  return readInsightAnswers(doc, partId).byPerson.get(personId) ?? {};
}
