import { useTranslation } from 'react-i18next';
import type { PollView } from '@shared/activities/votes';
import { horizonKey } from '@shared/roadmap/horizons';
import type { RoadmapItem } from '@shared/roadmap/schema';
import { DotButtons } from '../activities/dots/DotButtons';
import { DotBudget } from '../activities/dots/DotBudget';

type RankedListProps = {
  items: ReadonlyMap<string, RoadmapItem>;
  view: PollView;
  budget: number;
  onPlace: (itemId: string) => void;
  onRemove: (itemId: string) => void;
  onOpen: (itemId: string) => void;
};

/** Items ranked by priority dots, with this person's dots on each. When results are hidden
 *  until the vote closes, items are listed in board order without counts. */
export function RankedList({ items, view, budget, onPlace, onRemove, onOpen }: RankedListProps) {
  const { t } = useTranslation();
  const rows = view.resultsVisible ? view.results.map((row) => ({ id: row.optionId, dots: row.dots as number | undefined, rank: row.rank })) : [...items.keys()].map((id) => ({ id, dots: undefined, rank: undefined }));
  return (
    <div className="roadmap-ranked">
      {view.closed ? <p className="muted">{t('activities.dots.closed')}</p> : <DotBudget left={view.myDotsLeft} total={budget} />}
      <ol className="roadmap-ranked-list" data-testid="roadmap-ranked">
        {rows.map((row) => {
          const item = items.get(row.id);
          if (!item) return null;
          return (
            <li key={row.id} className="roadmap-ranked-row" data-testid="ranked-item">
              {row.rank !== undefined ? <span className="result-rank">{t('activities.dots.rank', { rank: row.rank })}</span> : null}
              <button type="button" className="roadmap-card-title" onClick={() => onOpen(row.id)}>
                {item.title}
              </button>
              <span className="muted">{t(horizonKey(item.horizon))}</span>
              {row.dots !== undefined ? <span data-testid="ranked-votes">{t('roadmap.votes', { count: row.dots })}</span> : null}
              <DotButtons label={item.title} mine={view.myDots.get(row.id) ?? 0} closed={view.closed} onPlace={() => onPlace(row.id)} onRemove={() => onRemove(row.id)} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
