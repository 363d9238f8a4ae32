/**
 * The cuts an organiser can apply, with one click each, when the report does not fit the two
 * pages the template promises. Nothing is cut silently: the outcome tab offers each cut beside
 * the printed page count, and every export follows the choice.
 * - `picture`: `full` draws every agreed roadmap item; `short` at most `shortPerHorizon` a
 *   horizon, then "+3 more"; `annex` moves the full picture to a page of its own after the report.
 * - `table`: `compact` prints the participation table smaller, in two columns side by side.
 */
export type PictureLayout = 'full' | 'short' | 'annex';
export type TableLayout = 'full' | 'compact';
export type ReportLayout = { picture: PictureLayout; table: TableLayout };

export const defaultLayout: ReportLayout = { picture: 'full', table: 'full' };
export const shortPerHorizon = 2;

/** Taller than this (in millimetres on paper), a full picture goes to an annex page by default. */
export const annexAboveMm = 120;

export type LayoutCut = { id: 'shortPicture' | 'annexPicture' | 'compactTable'; apply: (layout: ReportLayout) => ReportLayout };

/**
 * The cuts still worth offering, smallest first: a shorter picture before moving it, and none
 * for a picture or a table the report does not have.
 */
export function availableCuts(layout: ReportLayout, has: { roadmapPicture: boolean; picture: boolean; table: boolean }): LayoutCut[] {
  const cuts: LayoutCut[] = [];
  if (has.roadmapPicture && layout.picture === 'full') cuts.push({ id: 'shortPicture', apply: (current) => ({ ...current, picture: 'short' }) });
  if (has.picture && layout.picture !== 'annex') cuts.push({ id: 'annexPicture', apply: (current) => ({ ...current, picture: 'annex' }) });
  if (has.table && layout.table === 'full') cuts.push({ id: 'compactTable', apply: (current) => ({ ...current, table: 'compact' }) });
  return cuts;
}
