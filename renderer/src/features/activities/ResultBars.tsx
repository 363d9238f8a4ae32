import { useTranslation } from 'react-i18next';
import type { RankedOption } from '@shared/activities/votes';

type ResultBarsProps = {
  results: readonly RankedOption[];
  label: (optionId: string) => string;
  /** Only the first rows, on the projector where space is short. */
  limit?: number;
  large?: boolean;
};

/**
 * Vote results as a ranked list drawn as horizontal bars. The bars are plain boxes sized by
 * share of the top score; each row also says its rank and dots in words, so the chart reads the
 * same without seeing it.
 */
export function ResultBars({ results, label, limit, large }: ResultBarsProps) {
  const { t } = useTranslation();
  const shown = limit ? results.slice(0, limit) : results;
  const top = Math.max(1, ...shown.map((row) => row.dots));
  if (shown.every((row) => row.dots === 0)) return <p className="muted">{t('activities.dots.noVotes')}</p>;
  return (
    <ol className={`result-bars${large ? ' is-large' : ''}`} data-testid="vote-results" aria-label={t('activities.dots.ranked')}>
      {shown.map((row) => (
        <li key={row.optionId} className="result-row" data-testid="result-row">
          <span className="result-rank">{t('activities.dots.rank', { rank: row.rank })}</span>
          <span className="result-label">{label(row.optionId)}</span>
          <span className="result-track" aria-hidden="true">
            <span className="result-bar" style={{ inlineSize: `${(row.dots / top) * 100}%` }} />
          </span>
          <span className="result-value">{t('activities.dots.dotsValue', { count: row.dots })}</span>
        </li>
      ))}
    </ol>
  );
}
