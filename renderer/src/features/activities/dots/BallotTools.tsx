import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type BallotToolsProps = {
  query: string;
  onQuery: (query: string) => void;
  compact: boolean;
  onCompact: (compact: boolean) => void;
  shown: number;
  total: number;
};

/** Search box and compact switch above a long ballot, and how many cards the search left. */
export function BallotTools({ query, onQuery, compact, onCompact, shown, total }: BallotToolsProps) {
  const { t } = useTranslation();
  const searchId = useId();
  return (
    <div className="ballot-tools" data-testid="ballot-tools">
      <div className="ballot-search">
        <label htmlFor={searchId}>{t('activities.dots.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(event) => onQuery(event.target.value)} autoComplete="off" enterKeyHint="search" />
      </div>
      <label className="ballot-compact">
        <input type="checkbox" checked={compact} onChange={(event) => onCompact(event.target.checked)} />
        {t('activities.dots.compact')}
      </label>
      {/* Announced as the search narrows, after what the person types. */}
      <p className="ballot-count muted" role="status" data-testid="ballot-count">
        {query.trim() === '' ? t('activities.dots.allShown', { count: total }) : t('activities.dots.someShown', { count: shown, total })}
      </p>
    </div>
  );
}
