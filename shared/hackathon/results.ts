import type { Rubric, ScoreSheet } from './schema';

/**
 * Results from the judges' sheets. Pure arithmetic, so it is tested on its own.
 *
 * Normalisation: z-scores per judge. Each judge's marks (every criterion of every submission
 * they scored) are turned into "how far above or below this judge's own average, in this
 * judge's own spread". That evens out both a harsh or kind judge (a different centre) and a
 * judge who hugs the middle of the scale against one who uses all of it (a different spread).
 * Min-max scaling was the other candidate; we did not take it because one extreme mark from a
 * judge would stretch all their other marks. A judge whose marks are all equal tells us nothing
 * about order, so all their z-scores are 0.
 *
 * Weighting and missing marks: a judge's total for a submission is the weighted mean of the
 * criteria that judge marked (weights re-spread over those criteria), and a submission's score
 * is the mean over the judges who marked it at all. A submission nobody scored is listed
 * unranked. The raw score (weighted mean on the rubric's own scale, same rules) is shown beside
 * it for people who want the plain number.
 *
 * Ties: scores equal to within 1e-9 share a rank and the next rank is skipped (1, 1, 3).
 */
export type ResultRow = {
  submissionId: string;
  /** Mean over judges of their weighted z-score total; undefined when nobody scored. */
  score: number | undefined;
  /** Weighted mean of the plain marks, on the rubric's scale. */
  raw: number | undefined;
  judges: number;
  /** 1 is best; shared by ties; undefined when unscored. */
  rank: number | undefined;
  tied: boolean;
};

const epsilon = 1e-9;

export function judgeZScores(sheets: readonly ScoreSheet[], criteria: ReadonlySet<string>): Map<string, { mean: number; sd: number }> {
  const values = new Map<string, number[]>();
  for (const sheet of sheets) {
    for (const [criterion, mark] of Object.entries(sheet.marks)) {
      if (!criteria.has(criterion)) continue;
      const list = values.get(sheet.judgeId) ?? [];
      list.push(mark);
      values.set(sheet.judgeId, list);
    }
  }
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const [judge, list] of values) {
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    const variance = list.reduce((sum, value) => sum + (value - mean) ** 2, 0) / list.length;
    stats.set(judge, { mean, sd: Math.sqrt(variance) });
  }
  return stats;
}

function weightedMean(marks: Readonly<Record<string, number>>, weights: ReadonlyMap<string, number>, transform: (mark: number) => number): number | undefined {
  let total = 0;
  let weight = 0;
  for (const [criterion, mark] of Object.entries(marks)) {
    const w = weights.get(criterion);
    if (w === undefined) continue;
    total += w * transform(mark);
    weight += w;
  }
  return weight > 0 ? total / weight : undefined;
}

export function computeResults(rubric: Rubric, sheets: readonly ScoreSheet[], submissionIds: readonly string[]): ResultRow[] {
  const weights = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion.weight]));
  const known = new Set(submissionIds);
  const usable = sheets.filter((sheet) => known.has(sheet.submissionId));
  const stats = judgeZScores(usable, new Set(weights.keys()));
  const rows: ResultRow[] = submissionIds.map((submissionId) => {
    const zTotals: number[] = [];
    const rawTotals: number[] = [];
    for (const sheet of usable) {
      if (sheet.submissionId !== submissionId) continue;
      const judge = stats.get(sheet.judgeId);
      const z = weightedMean(sheet.marks, weights, (mark) => (judge && judge.sd > 0 ? (mark - judge.mean) / judge.sd : 0));
      const raw = weightedMean(sheet.marks, weights, (mark) => mark);
      if (z !== undefined && raw !== undefined) {
        zTotals.push(z);
        rawTotals.push(raw);
      }
    }
    const mean = (list: number[]) => (list.length > 0 ? list.reduce((a, b) => a + b, 0) / list.length : undefined);
    return { submissionId, score: mean(zTotals), raw: mean(rawTotals), judges: zTotals.length, rank: undefined, tied: false };
  });
  return rankRows(rows);
}

/** Orders by score, best first, with shared ranks for ties; unscored rows go last, unranked. */
export function rankRows(rows: readonly ResultRow[]): ResultRow[] {
  const scored = rows.filter((row) => row.score !== undefined).sort((a, b) => (b.score as number) - (a.score as number) || (a.submissionId < b.submissionId ? -1 : 1));
  const ranked = scored.map((row, index) => {
    const firstEqual = scored.findIndex((other) => Math.abs((other.score as number) - (row.score as number)) < epsilon);
    const tied = scored.filter((other) => Math.abs((other.score as number) - (row.score as number)) < epsilon).length > 1;
    return { ...row, rank: firstEqual >= 0 ? firstEqual + 1 : index + 1, tied };
  });
  const unscored = rows.filter((row) => row.score === undefined).map((row) => ({ ...row, rank: undefined, tied: false }));
  return [...ranked, ...unscored];
}

/**
 * The ceremony: rank groups from last place to first, ties revealed together. Step n of the
 * reveal shows the first n groups of this list; the winner comes last.
 */
export function revealOrder(rows: readonly ResultRow[]): ResultRow[][] {
  const groups = new Map<number, ResultRow[]>();
  for (const row of rows) if (row.rank !== undefined) groups.set(row.rank, [...(groups.get(row.rank) ?? []), row]);
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([, group]) => group);
}
