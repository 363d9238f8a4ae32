import { useTranslation } from 'react-i18next';
import type { SectionCheck } from '@shared/outcome/model';

/** A section's count against the template's limits, and a warning when it is outside them. */
export function SectionCount({ check, id }: { check: SectionCheck; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="outcome-count" id={id}>
      <span className={check.warning ? 'badge badge-warning' : 'badge'} data-testid="section-count">
        {t('outcomeUi.count', { count: check.count, min: check.min, max: check.max })}
      </span>
      {check.warning ? (
        <span className="outcome-warning" role="status" data-testid="section-warning">
          {t(`outcomeUi.warnings.${check.warning}`, { min: check.min, max: check.max })}
        </span>
      ) : null}
    </div>
  );
}
