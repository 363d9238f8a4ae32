/**
 * The ten insights for government digital transformation (UNESCO lightning talk, IGF 2024):
 * three foundational principles, then seven concrete steps. Titles are translation keys
 * (`insights.items.<id>`), our own short wording of the talk's points.
 */
export const insightGroups = ['principle', 'step'] as const;
export type InsightGroup = (typeof insightGroups)[number];

export const insightIds = [
  'leadership',
  'data',
  'workforce',
  'strategy',
  'competencies',
  'baselineLiteracy',
  'trainingKpis',
  'academia',
  'privateSector',
  'international',
] as const;
export type InsightId = (typeof insightIds)[number];

export type Insight = { id: InsightId; group: InsightGroup; key: string };

export const insights: readonly Insight[] = insightIds.map((id, index) => ({ id, group: index < 3 ? 'principle' : 'step', key: `insights.items.${id}` }));

export function isInsightId(value: unknown): value is InsightId {
  return typeof value === 'string' && (insightIds as readonly string[]).includes(value);
}

/** An answer: how far the organisation is on the insight, 1 (not at all) to 5 (fully), or
 *  "don't know", which is counted apart and never pulls the mean. */
export const dontKnow = 'dontKnow';
export type InsightAnswer = 1 | 2 | 3 | 4 | 5 | typeof dontKnow;

export function isInsightAnswer(value: unknown): value is InsightAnswer {
  return value === dontKnow || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
}
