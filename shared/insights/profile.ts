import { insights, type InsightGroup, type InsightId } from './catalogue';
import type { InsightAnswers } from './answers';

/**
 * The room's profile: for each insight, how many people chose each level and how many did not
 * know. The distribution is the point (a room split between 1 and 5 is not a room at 3); the
 * mean is given beside it, over the people who answered with a level.
 */
export type InsightProfileRow = {
  id: InsightId;
  group: InsightGroup;
  key: string;
  /** counts[0] is level 1 … counts[4] is level 5. */
  counts: [number, number, number, number, number];
  dontKnow: number;
  /** People who gave a level (don't know excluded). */
  rated: number;
  mean: number | undefined;
};

export type InsightProfile = { respondents: number; rows: InsightProfileRow[] };

export function insightProfile(byPerson: ReadonlyMap<string, InsightAnswers>): InsightProfile {
  let respondents = 0;
  for (const answers of byPerson.values()) if (Object.keys(answers).length > 0) respondents += 1;
  const rows = insights.map((insight): InsightProfileRow => {
    const counts: InsightProfileRow['counts'] = [0, 0, 0, 0, 0];
    let dontKnow = 0;
    let total = 0;
    for (const answers of byPerson.values()) {
      const answer = answers[insight.id];
      if (answer === undefined) continue;
      if (answer === 'dontKnow') dontKnow += 1;
      else {
        counts[answer - 1] = (counts[answer - 1] ?? 0) + 1;
        total += answer;
      }
    }
    const rated = counts.reduce((sum, count) => sum + count, 0);
    return { id: insight.id, group: insight.group, key: insight.key, counts, dontKnow, rated, mean: rated === 0 ? undefined : total / rated };
  });
  return { respondents, rows };
}
