import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type CappedListProps<T> = {
  items: readonly T[];
  /** How many to show before "Show all". */
  cap: number;
  /** Show the newest (last) items when capped, for walls that follow a room as it writes. */
  newest?: boolean;
  className: string;
  render: (item: T) => ReactNode;
};

/**
 * A list that shows its first (or latest) `cap` items and offers the rest on request. A room can
 * write thousands of cards; drawing them all at once would keep the facilitator waiting for a
 * screen nobody can read in one go, and a phone would struggle.
 */
export function CappedList<T>({ items, cap, newest, className, render }: CappedListProps<T>) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const capped = !all && items.length > cap;
  const shown = capped ? (newest ? items.slice(-cap) : items.slice(0, cap)) : items;
  return (
    <>
      <ul className={className}>{shown.map(render)}</ul>
      {capped ? (
        <button type="button" className="button show-all" onClick={() => setAll(true)}>
          {t('activities.cards.showAll', { count: items.length, shown: cap })}
        </button>
      ) : null}
    </>
  );
}
