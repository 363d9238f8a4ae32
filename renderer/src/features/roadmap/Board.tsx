import { memo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Granularity, Horizon } from '@shared/roadmap/horizons';
import { columnOf, columnsFor, horizonKey } from '@shared/roadmap/horizons';
import type { RoadmapItem } from '@shared/roadmap/schema';

type BoardProps = {
  items: readonly RoadmapItem[];
  granularity: Granularity;
  votes: ReadonlyMap<string, number>;
  comments: ReadonlyMap<string, number>;
  /** Whether this viewer may move an item (the facilitator, or the author of a proposal). */
  canMove: (item: RoadmapItem) => boolean;
  onMove: (itemId: string, horizon: Horizon, beforeId?: string) => void;
  onOpen: (itemId: string) => void;
  selectedId: string | undefined;
};

const dragType = 'application/x-baraza-roadmap-item';

/**
 * The roadmap as columns by horizon. Items move by drag and drop, or with the "When" menu on
 * the open card, which works from the keyboard and on phones where dragging is awkward.
 */
export function Board({ items, granularity, votes, comments, canMove, onMove, onOpen, selectedId }: BoardProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState<Horizon>();
  const columns = columnsFor(granularity);
  const byColumn = new Map<Horizon, RoadmapItem[]>(columns.map((column) => [column, []]));
  for (const item of items) byColumn.get(columnOf(item.horizon, granularity))?.push(item);

  function drop(event: DragEvent, column: Horizon, beforeId?: string) {
    const id = event.dataTransfer.getData(dragType);
    setOver(undefined);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    if (id !== beforeId) onMove(id, column, beforeId);
  }

  return (
    <div className="roadmap-board" data-testid="roadmap-board">
      {columns.map((column) => (
        <section
          key={column}
          className={`roadmap-column${over === column ? ' is-drop-target' : ''}`}
          aria-label={t(horizonKey(column))}
          data-horizon={column}
          onDragOver={(event) => {
            if (!event.dataTransfer.types.includes(dragType)) return;
            event.preventDefault();
            setOver(column);
          }}
          onDragLeave={() => setOver((current) => (current === column ? undefined : current))}
          onDrop={(event) => drop(event, column)}
        >
          <h3 className="roadmap-column-title">
            {t(horizonKey(column))} <span className="badge">{byColumn.get(column)?.length ?? 0}</span>
          </h3>
          <ol className="roadmap-cards">
            {byColumn.get(column)?.map((item) => (
              <ItemCard key={item.id} item={item} columns={columns} granularity={granularity} votes={votes.get(item.id) ?? 0} comments={comments.get(item.id) ?? 0} movable={canMove(item)} selected={item.id === selectedId} onMove={onMove} onOpen={onOpen} onDropBefore={(event) => drop(event, column, item.id)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

type ItemCardProps = {
  item: RoadmapItem;
  columns: readonly Horizon[];
  granularity: Granularity;
  votes: number;
  comments: number;
  movable: boolean;
  selected: boolean;
  onMove: (itemId: string, horizon: Horizon) => void;
  onOpen: (itemId: string) => void;
  onDropBefore: (event: DragEvent) => void;
};

/** One item on the board. Memoised: moving one item re-renders two columns, not 200 cards. */
const ItemCard = memo(function ItemCard({ item, columns, granularity, votes, comments, movable, selected, onMove, onOpen, onDropBefore }: ItemCardProps) {
  const { t } = useTranslation();
  return (
    <li
      className={`roadmap-card is-${item.status}${selected ? ' is-selected' : ''}`}
      data-testid="roadmap-item"
      data-item-id={item.id}
      draggable={movable}
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDropBefore}
    >
      <button type="button" className="roadmap-card-title" onClick={() => onOpen(item.id)} aria-expanded={selected}>
        {item.title}
      </button>
      <p className="roadmap-card-meta">
        <span className={`status-chip is-${item.status}`}>{t(`roadmap.status.${item.status}`)}</span>
        {item.owner ? <span>{item.owner}</span> : null}
        <span>{t('roadmap.votes', { count: votes })}</span>
        {comments > 0 ? <span>{t('roadmap.commentCount', { count: comments })}</span> : null}
      </p>
      {/* The menu is drawn on the open card only: 200 menus of horizons cost more to draw than the
          rest of the board, and opening a card is one Enter away from the keyboard. */}
      {movable && selected ? (
        <label className="roadmap-move">
          <span className="visually-hidden">{t('roadmap.moveLabel', { title: item.title })}</span>
          <select value={columnOf(item.horizon, granularity)} onChange={(event) => onMove(item.id, event.target.value as Horizon)}>
            {columns.map((column) => (
              <option key={column} value={column}>
                {t(horizonKey(column))}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </li>
  );
});
