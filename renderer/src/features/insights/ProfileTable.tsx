import { useTranslation } from 'react-i18next';
import type { InsightProfile } from '@shared/insights/profile';

/**
 * The room's profile as a table: one row per insight, one column per level and "don't know",
 * each cell shaded by its share of the row, so the spread reads at a glance on a projector.
 */
export function ProfileTable({ profile, language }: { profile: InsightProfile; language?: string }) {
  const { t, i18n } = useTranslation();
  const mean = new Intl.NumberFormat(language ?? i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="table-scroll">
      <table className="insight-profile" data-testid="insight-profile">
        <caption>{t('insights.profileCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.insight')}</th>
            {[1, 2, 3, 4, 5].map((level) => (
              <th key={level} scope="col" title={t(`insights.levels.${level}`)}>
                {level}
              </th>
            ))}
            <th scope="col" title={t('insights.levels.dontKnow')}>
              ?
            </th>
            <th scope="col">{t('insights.mean')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.rows.map((row) => {
            const total = row.rated + row.dontKnow;
            const shade = (count: number) => ({ '--share': total === 0 ? 0 : count / total }) as React.CSSProperties;
            return (
              <tr key={row.id} data-insight={row.id}>
                <th scope="row">{t(row.key)}</th>
                {row.counts.map((count, index) => (
                  <td key={index} className="insight-cell" style={shade(count)}>
                    {count}
                  </td>
                ))}
                <td className="insight-cell is-unknown" style={shade(row.dontKnow)}>
                  {row.dontKnow}
                </td>
                <td>{row.mean === undefined ? t('insights.noMean') : mean.format(row.mean)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
