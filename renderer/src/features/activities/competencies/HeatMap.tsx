import { useTranslation } from 'react-i18next';
import type { DomainStats } from '@shared/competencies/assessment';
import { formatDecimal } from '../../../i18n/formats';

/**
 * The room's self-assessment as a table: one block per domain, a cell per competency shaded by
 * its mean level. The mean and the number of ratings are always written in the cell, so the
 * colour only repeats what the text says.
 */
export function HeatMap({ stats, large }: { stats: DomainStats[]; large?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = (mean: number | undefined, count: number) => (mean === undefined ? t('activities.competencies.noRating') : t('activities.competencies.meanValue', { mean: formatDecimal(mean, i18n.language, 1), count }));
  return (
    <table className={`heat-map${large ? ' is-large' : ''}`} data-testid="heat-map">
      <caption>
        {t('activities.competencies.heatMap')}
        <span className="field-hint heat-hint">{t('activities.competencies.heatMapHint')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('activities.competencies.competency')}</th>
          <th scope="col">{t('activities.competencies.mean')}</th>
        </tr>
      </thead>
      {stats.map((domain) => (
        <tbody key={domain.domainId}>
          <tr className="heat-domain">
            <th scope="rowgroup">{t(domain.key)}</th>
            <td style={heat(domain.mean)} data-testid="domain-mean">
              {format(domain.mean, domain.count)}
            </td>
          </tr>
          {domain.competencies.map((item) => (
            <tr key={item.competencyId} data-testid="heat-row">
              <th scope="row">{t(item.key)}</th>
              <td style={heat(item.mean)}>{format(item.mean, item.count)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** Pale for level 1, deep teal for level 5; white text once the shade is dark enough. */
function heat(mean: number | undefined) {
  if (mean === undefined) return undefined;
  const share = Math.min(1, Math.max(0, (mean - 1) / 4));
  const lightness = 94 - share * 62;
  return { backgroundColor: `hsl(184 55% ${lightness}%)`, color: lightness < 55 ? '#fff' : 'var(--ink)' };
}
