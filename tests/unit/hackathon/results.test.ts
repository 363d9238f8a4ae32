import { describe, expect, it } from 'vitest';
import { computeResults, rankRows, revealOrder } from '../../../shared/hackathon/results';
import type { Rubric, ScoreSheet } from '../../../shared/hackathon/schema';
import { checkRubric } from '../../../shared/hackathon/settings';

const rubric: Rubric = {
  criteria: [
    { id: 'impact', label: 'Impact', weight: 60 },
    { id: 'feasibility', label: 'Feasibility', weight: 40 },
  ],
  scale: { min: 1, max: 5 },
};
const sheet = (judgeId: string, submissionId: string, marks: Record<string, number>): ScoreSheet => ({ judgeId, submissionId, marks, updatedAt: 0 });

describe('rubric weights', () => {
  it('refuses weights that do not add up to 100, saying the total', () => {
    const result = checkRubric({ ...rubric, criteria: [{ id: 'a', label: 'A', weight: 30 }, { id: 'b', label: 'B', weight: 30 }] });
    expect(result).toEqual({ ok: false, refusal: { code: 'hackathon.weightsNot100', total: 60 } });
    expect(checkRubric(rubric).ok).toBe(true);
  });
  it('refuses an empty rubric, an unnamed criterion and an upside-down scale', () => {
    expect(checkRubric({ ...rubric, criteria: [] }).ok).toBe(false);
    expect(checkRubric({ ...rubric, criteria: [{ id: 'a', label: ' ', weight: 100 }] })).toMatchObject({ refusal: { code: 'hackathon.criterionLabel', index: 1 } });
    expect(checkRubric({ ...rubric, scale: { min: 5, max: 1 } })).toMatchObject({ refusal: { code: 'hackathon.badScale' } });
  });
});

describe('results', () => {
  it('weights the criteria: a team strong on the heavier criterion wins', () => {
    const rows = computeResults(rubric, [sheet('j1', 'A', { impact: 5, feasibility: 1 }), sheet('j1', 'B', { impact: 1, feasibility: 5 })], ['A', 'B']);
    expect(rows.map((row) => row.submissionId)).toEqual(['A', 'B']);
    expect(rows[0]?.raw).toBeCloseTo(0.6 * 5 + 0.4 * 1);
    expect(rows[1]?.raw).toBeCloseTo(0.6 * 1 + 0.4 * 5);
  });

  it('evens out a harsh and a kind judge: the same order from both counts the same', () => {
    // The kind judge gives 4 and 5, the harsh one 1 and 2: on raw marks the kind judge's pick
    // would dominate a split jury; after z-scores each judge's preference weighs the same.
    const sheets = [
      sheet('kind', 'A', { impact: 5, feasibility: 5 }),
      sheet('kind', 'B', { impact: 4, feasibility: 4 }),
      sheet('harsh', 'A', { impact: 1, feasibility: 1 }),
      sheet('harsh', 'B', { impact: 2, feasibility: 2 }),
    ];
    const rows = computeResults(rubric, sheets, ['A', 'B']);
    expect(rows.every((row) => row.rank === 1 && row.tied)).toBe(true);
    expect(rows[0]?.score).toBeCloseTo(0);
  });

  it('averages over the judges who scored, and counts only the criteria a judge marked', () => {
    const sheets = [sheet('j1', 'A', { impact: 5, feasibility: 3 }), sheet('j1', 'B', { impact: 1, feasibility: 3 }), sheet('j2', 'A', { impact: 4 }), sheet('j2', 'B', { impact: 2 })];
    const rows = computeResults(rubric, sheets, ['A', 'B', 'C']);
    const byId = new Map(rows.map((row) => [row.submissionId, row]));
    expect(byId.get('A')?.judges).toBe(2);
    expect(byId.get('A')?.rank).toBe(1);
    // Judge 2 marked impact only, so their raw total is that mark: (5*.6+3*.4 + 4) / 2.
    expect(byId.get('A')?.raw).toBeCloseTo((4.2 + 4) / 2);
    expect(byId.get('C')).toMatchObject({ score: undefined, rank: undefined, judges: 0 });
    expect(rows[rows.length - 1]?.submissionId).toBe('C');
  });

  it('gives a judge whose marks are all equal no say in the order, without dividing by zero', () => {
    const rows = computeResults(rubric, [sheet('flat', 'A', { impact: 3, feasibility: 3 }), sheet('flat', 'B', { impact: 3, feasibility: 3 })], ['A', 'B']);
    expect(rows.map((row) => row.score)).toEqual([0, 0]);
    expect(rows.every((row) => row.rank === 1)).toBe(true);
  });

  it('ignores marks on criteria no longer in the rubric and sheets for unknown submissions', () => {
    const rows = computeResults(rubric, [sheet('j1', 'A', { impact: 5, gone: 1 }), sheet('j1', 'B', { impact: 1 }), sheet('j1', 'Z', { impact: 5 })], ['A', 'B']);
    expect(rows[0]).toMatchObject({ submissionId: 'A', raw: 5 });
  });
});

describe('ties and the reveal', () => {
  const row = (submissionId: string, score: number | undefined) => ({ submissionId, score, raw: score, judges: 1, rank: undefined, tied: false });

  it('shares a rank between equal scores and skips the next one', () => {
    const ranked = rankRows([row('A', 1), row('B', 2), row('C', 1), row('D', 0), row('E', undefined)]);
    expect(ranked.map((item) => [item.submissionId, item.rank, item.tied])).toEqual([
      ['B', 1, false],
      ['A', 2, true],
      ['C', 2, true],
      ['D', 4, false],
      ['E', undefined, false],
    ]);
  });

  it('reveals last place first, tied teams together, the winner last', () => {
    const groups = revealOrder(rankRows([row('A', 1), row('B', 2), row('C', 1), row('D', 0)]));
    expect(groups.map((group) => group.map((item) => item.submissionId))).toEqual([['D'], ['A', 'C'], ['B']]);
  });
});
