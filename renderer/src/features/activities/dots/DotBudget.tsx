import { useTranslation } from 'react-i18next';

/** "3 of 5 dots left", drawn as dots too; announced politely as it changes. */
export function DotBudget({ left, total }: { left: number; total: number }) {
  const { t } = useTranslation();
  return (
    <p className="dot-budget" aria-live="polite" data-testid="dot-budget">
      <span className="dot-row" aria-hidden="true">
        {Array.from({ length: total }, (_, index) => (
          <span key={index} className={`dot${index < left ? ' is-left' : ''}`} />
        ))}
      </span>
      {t('activities.dots.left', { left, total })}
    </p>
  );
}
