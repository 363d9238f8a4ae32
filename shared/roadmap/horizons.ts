/**
 * When a roadmap item should happen. The coalition plans its first two years, so a horizon is a
 * quarter or a half-year of year one or two, or "later". Both grains live side by side: a
 * facilitator may show the board in halves while an imported file speaks in quarters, and the
 * board files each item in the column that contains its horizon.
 */
export const quarterHorizons = ['y1q1', 'y1q2', 'y1q3', 'y1q4', 'y2q1', 'y2q2', 'y2q3', 'y2q4'] as const;
export const halfHorizons = ['y1h1', 'y1h2', 'y2h1', 'y2h2'] as const;
export const horizons = [...quarterHorizons, ...halfHorizons, 'later'] as const;
export type Horizon = (typeof horizons)[number];

export const granularities = ['quarters', 'halves'] as const;
export type Granularity = (typeof granularities)[number];

export function isHorizon(value: unknown): value is Horizon {
  return typeof value === 'string' && (horizons as readonly string[]).includes(value);
}

/** The board's columns for a grain, in time order, always ending with "later". */
export function columnsFor(granularity: Granularity): Horizon[] {
  return granularity === 'quarters' ? [...quarterHorizons, 'later'] : [...halfHorizons, 'later'];
}

/** The column an item sits in. A half-year item on a quarter board goes to the half's first
 *  quarter (when it starts); a quarter on a half-year board goes to the half containing it. */
export function columnOf(horizon: Horizon, granularity: Granularity): Horizon {
  if (horizon === 'later') return 'later';
  const year = horizon.slice(0, 2);
  const step = Number(horizon.slice(3));
  if (granularity === 'halves') return horizon[2] === 'h' ? horizon : (`${year}h${step <= 2 ? 1 : 2}` as Horizon);
  return horizon[2] === 'q' ? horizon : (`${year}q${step === 1 ? 1 : 3}` as Horizon);
}

/** Sort key in time order: a half sorts with its first quarter, so both grains interleave. */
export function horizonOrder(horizon: Horizon): number {
  if (horizon === 'later') return 100;
  const year = Number(horizon[1]);
  const step = Number(horizon[3]);
  const quarter = horizon[2] === 'q' ? step : step * 2 - 1;
  return (year - 1) * 4 + quarter;
}

/** The i18n key of a horizon's short label ("Y1 Q1", "Year 1, first half", "Later"). */
export function horizonKey(horizon: Horizon): string {
  return `roadmap.horizon.${horizon}`;
}

/** The year a horizon falls in, for grouping a timeline into sections; 0 for "later". */
export function horizonYear(horizon: Horizon): number {
  return horizon === 'later' ? 0 : Number(horizon[1]);
}

/**
 * Reads a horizon as people write it in a prepared file: "y1q2", "Y1 Q2", "Year 1 Quarter 2",
 * "Year 2 H1", "year 2, half 2", "Later". Undefined when it is none of those.
 */
export function parseHorizon(text: string): Horizon | undefined {
  const compact = text
    .toLowerCase()
    .replace(/year/g, 'y')
    .replace(/quarter/g, 'q')
    .replace(/half/g, 'h')
    .replace(/[^a-z0-9]/g, '');
  if (compact === 'later') return 'later';
  return isHorizon(compact) ? compact : undefined;
}
