import { insights, type InsightId } from '../insights/catalogue';
import type { GroupDimension } from './groupProgress';
import type { CompetencyProgress, RoundFigure, WorkshopProgress } from './progress';
import { inProgrammeOrder } from './workshopFacts';

/**
 * A programme's progress pooled over its workshops, for the one-page summary and the screen's
 * totals. Means are weighted by the people behind them, so a training of eighty weighs more than
 * one of twelve. A group's levels withheld in a workshop (too few people, see groupProgress.ts)
 * stay out of the pooled means too, or they could be worked back out by subtraction; its people
 * are still counted.
 */
export type PooledCompetency = Omit<CompetencyProgress, 'paired'> & {
  /** Workshops that rated it before and after, and of those the ones where the mean rose. */
  compared: number;
  improved: number;
};

export type PooledGroup = { dimension: GroupDimension; key: string; before: RoundFigure; after: RoundFigure; delta: number | undefined; withheldSomewhere: boolean };

export type PooledInsight = { id: InsightId; counts: [number, number, number, number, number]; dontKnow: number; rated: number; mean: number | undefined };

export type ProgrammeSummary = {
  workshops: WorkshopProgress[];
  attendance: number;
  respondents: { before: number; after: number };
  competencies: PooledCompetency[];
  groups: PooledGroup[];
  /** Undefined when no workshop ran the ten insights check. */
  insights: { workshops: number; respondents: number; rows: PooledInsight[] } | undefined;
};

type Pool = { count: number; total: number };
const add = (pool: Pool, figure: RoundFigure): void => {
  if (figure.mean === undefined) return;
  pool.count += figure.count;
  pool.total += figure.mean * figure.count;
};
const figureOf = (pool: Pool, count = pool.count): RoundFigure => ({ count, mean: pool.count === 0 ? undefined : pool.total / pool.count });
const deltaOf = (before: RoundFigure, after: RoundFigure) => (before.mean !== undefined && after.mean !== undefined ? after.mean - before.mean : undefined);

export function programmeSummary(rows: readonly WorkshopProgress[]): ProgrammeSummary {
  const workshops = inProgrammeOrder(rows);
  const sum = (value: (row: WorkshopProgress) => number) => workshops.reduce((total, row) => total + value(row), 0);
  const allDots = sum((row) => row.competencies.reduce((total, item) => total + item.dots, 0));
  const competencies = (workshops[0]?.competencies ?? []).map(({ competencyId, domainId }): PooledCompetency => {
    const items = workshops.flatMap((row) => row.competencies.filter((item) => item.competencyId === competencyId));
    const before: Pool = { count: 0, total: 0 };
    const after: Pool = { count: 0, total: 0 };
    for (const item of items) {
      add(before, item.before);
      add(after, item.after);
    }
    const dots = items.reduce((total, item) => total + item.dots, 0);
    const compared = items.filter((item) => item.delta !== undefined);
    const pooledBefore = figureOf(before);
    const pooledAfter = figureOf(after);
    return {
      competencyId,
      domainId,
      dots,
      share: allDots === 0 ? undefined : dots / allDots,
      before: pooledBefore,
      after: pooledAfter,
      delta: deltaOf(pooledBefore, pooledAfter),
      compared: compared.length,
      improved: compared.filter((item) => (item.delta ?? 0) > 0).length,
    };
  });
  return {
    workshops,
    attendance: sum((row) => row.attendance),
    respondents: { before: sum((row) => row.respondents.before), after: sum((row) => row.respondents.after) },
    competencies,
    groups: pooledGroups(workshops),
    insights: pooledInsights(workshops),
  };
}

function pooledGroups(workshops: readonly WorkshopProgress[]): PooledGroup[] {
  const pools = new Map<string, { dimension: GroupDimension; key: string; before: Pool; after: Pool; people: { before: number; after: number }; withheld: boolean }>();
  for (const row of workshops) {
    for (const group of row.groups) {
      const id = `${group.dimension}/${group.key}`;
      const pool = pools.get(id) ?? { dimension: group.dimension, key: group.key, before: { count: 0, total: 0 }, after: { count: 0, total: 0 }, people: { before: 0, after: 0 }, withheld: false };
      pool.people.before += group.before.count;
      pool.people.after += group.after.count;
      pool.withheld ||= group.withheld;
      // Only workshops where the group's change is shown feed the pooled change: both rounds.
      if (group.delta !== undefined) {
        add(pool.before, group.before);
        add(pool.after, group.after);
      }
      pools.set(id, pool);
    }
  }
  return [...pools.values()].map((pool) => {
    const before = figureOf(pool.before, pool.people.before);
    const after = figureOf(pool.after, pool.people.after);
    return { dimension: pool.dimension, key: pool.key, before, after, delta: deltaOf(before, after), withheldSomewhere: pool.withheld };
  });
}

function pooledInsights(workshops: readonly WorkshopProgress[]): ProgrammeSummary['insights'] {
  const profiles = workshops.flatMap((row) => (row.insights ? [row.insights] : []));
  if (profiles.length === 0) return undefined;
  const rows = insights.map(({ id }): PooledInsight => {
    const counts: PooledInsight['counts'] = [0, 0, 0, 0, 0];
    let dontKnow = 0;
    for (const profile of profiles) {
      const row = profile.rows.find((item) => item.id === id);
      if (!row) continue;
      row.counts.forEach((count, index) => (counts[index] = (counts[index] ?? 0) + count));
      dontKnow += row.dontKnow;
    }
    const rated = counts.reduce((total, count) => total + count, 0);
    const total = counts.reduce((acc, count, index) => acc + count * (index + 1), 0);
    return { id, counts, dontKnow, rated, mean: rated === 0 ? undefined : total / rated };
  });
  return { workshops: profiles.length, respondents: profiles.reduce((total, profile) => total + profile.respondents, 0), rows };
}
