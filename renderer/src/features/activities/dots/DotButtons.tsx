import { useTranslation } from 'react-i18next';

type DotButtonsProps = { label: string; mine: number; closed: boolean; onPlace: () => void; onRemove: () => void };

/** Add or take back a dot on one item. "+" stays enabled when the budget is spent, so that
 *  pressing it explains why nothing happened instead of silently doing nothing. */
export function DotButtons({ label, mine, closed, onPlace, onRemove }: DotButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="dot-buttons">
      <button type="button" className="button dot-button" aria-label={t('activities.dots.remove', { text: label })} disabled={closed || mine === 0} onClick={onRemove}>
        −
      </button>
      <span className="dot-mine" data-testid="my-dots">
        {t('activities.dots.mine', { count: mine })}
      </span>
      <button type="button" className="button dot-button" aria-label={t('activities.dots.place', { text: label })} disabled={closed} onClick={onPlace}>
        +
      </button>
    </div>
  );
}
