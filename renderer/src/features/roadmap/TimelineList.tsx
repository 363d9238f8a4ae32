import { useTranslation } from 'react-i18next';
import type { Granularity } from '@shared/roadmap/horizons';
import { columnOf, columnsFor, horizonKey } from '@shared/roadmap/horizons';
import type { RoadmapItem } from '@shared/roadmap/schema';

/**
 * The timeline as a phone reads it: a vertical list, one heading per horizon in time order and
 * its items under it, in the text size of the page. The wide drawing would be a sideways
 * scroll on a narrow screen; the stylesheet shows this list instead below 40rem.
 */
export function TimelineList({ items, granularity }: { items: readonly RoadmapItem[]; granularity: Granularity }) {
  const { t } = useTranslation();
  const groups = columnsFor(granularity)
    .map((column) => ({ column, items: items.filter((item) => columnOf(item.horizon, granularity) === column) }))
    .filter((group) => group.items.length > 0);
  return (
    <ol className="roadmap-timeline-list" data-testid="roadmap-timeline-list">
      {groups.map((group) => (
        <li key={group.column}>
          <h4>{t(horizonKey(group.column))}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.id} dir="auto">
                {item.title}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
