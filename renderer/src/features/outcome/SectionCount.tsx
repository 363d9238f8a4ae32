import { useTranslation } from 'react-i18next';
import type { SectionCheck } from '@shared/outcome/model';

/** A section's count against the template's limits, and a warning when it is outside them.
 *  Themes are one paragraph, so they are counted in words rather than as "1 of 1–1". */
export function SectionCount({ check, id }: { check: SectionCheck; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="outcome-count" id={id}>
      <span className={check.warning ? 'badge badge-warning' : 'badge'} data-testid="section-count">
        {check.section === 'themes' ? t('outcomeUi.themesCount', { count: check.count }) : t('outcomeUi.count', { count: check.count, min: check.min, max: check.max })}
      </span>
      {check.warning ? (
        <span className="outcome-warning" role="status" data-testid="section-warning">
          {t(`outcomeUi.${check.section === 'themes' ? 'themesWarnings' : 'warnings'}.${check.warning}`, { min: check.min, max: check.max })}
        </span>
      ) : null}
    </div>
  );
}
