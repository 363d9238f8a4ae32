import { useTranslation } from 'react-i18next';

type DotButtonsProps = { label: string; mine: number; closed: boolean; compact?: boolean; onPlace: () => void; onRemove: () => void };

/** Add or take back a dot on one item. "+" stays enabled when the budget is spent, so that
 *  pressing it explains why nothing happened instead of silently doing nothing. Compact shows
 *  the count as a bare number (a screen reader still hears "your dots: 2"). */
export function DotButtons({ label, mine, closed, compact, onPlace, onRemove }: DotButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="dot-buttons">
      <button type="button" className="button dot-button" aria-label={t('activities.dots.remove', { text: label })} disabled={closed || mine === 0} onClick={onRemove}>
        −
      </button>
      {compact ? (
        <span className="dot-mine" data-testid="my-dots">
          <span aria-hidden="true">{mine}</span>
          <span className="visually-hidden">{t('activities.dots.mine', { count: mine })}</span>
        </span>
      ) : (
        <span className="dot-mine" data-testid="my-dots">
          {t('activities.dots.mine', { count: mine })}
        </span>
      )}
      <button type="button" className="button dot-button" aria-label={t('activities.dots.place', { text: label })} disabled={closed} onClick={onPlace}>
        +
      </button>
    </div>
  );
}
