import { mermaidLabel } from '../diagram/mermaidText';
import type { Granularity, Horizon } from './horizons';
import { columnOf, columnsFor, horizonYear } from './horizons';
import type { RoadmapItem } from './schema';

/**
 * Mermaid timeline source of a roadmap: one section per year (and "later"), one period per
 * column of the board, the items as the period's events in board order. Every piece of text,
 * translated labels included, passes through mermaidLabel; user text never starts a line (it
 * follows the period and a colon), so a title cannot become a directive.
 */
export type TimelineLabels = {
  title: string;
  horizon: (horizon: Horizon) => string;
  year: (year: number) => string;
};

export function roadmapTimelineSource(items: readonly RoadmapItem[], granularity: Granularity, labels: TimelineLabels): string {
  const lines = ['timeline', `  title ${mermaidLabel(labels.title, 120)}`];
  let section = -1;
  for (const column of columnsFor(granularity)) {
    const inColumn = items.filter((item) => columnOf(item.horizon, granularity) === column);
    if (inColumn.length === 0) continue;
    const year = horizonYear(column);
    if (year !== section) {
      lines.push(`  section ${mermaidLabel(year === 0 ? labels.horizon('later') : labels.year(year))}`);
      section = year;
    }
    lines.push(`    ${mermaidLabel(labels.horizon(column), 40)} : ${inColumn.map((item) => mermaidLabel(item.title, 60)).join(' : ')}`);
  }
  if (lines.length === 2) lines.push(`    ${mermaidLabel(labels.horizon('later'), 40)} : —`);
  return `${lines.join('\n')}\n`;
}
