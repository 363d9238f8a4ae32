import { useTranslation } from 'react-i18next';
import { insights } from '@shared/insights/catalogue';
import type { ProgrammeSummary } from '@shared/programme/summary';
import { formatLevel } from './progressFormat';

/**
 * The ten insights profiles side by side: per workshop that ran the check, the people at each
 * level written out ("1·2·5·3·0 ?1") under a small bar of the same counts, and the mean.
 */
export function ProgressInsights({ summary }: { summary: ProgrammeSummary }) {
  const { t, i18n } = useTranslation();
  const ran = summary.workshops.filter((row) => row.insights);
  if (ran.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('programme.progress.insights')}>
      <table className="progress-table" data-testid="progress-insights">
        <caption>{t('programme.progress.insightsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.insight')}</th>
            {ran.map((row) => (
              <th key={row.workshopId} scope="col" dir="auto">
                {row.title || t('workshop.untitled')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {insights.map((insight, index) => (
            <tr key={insight.id} data-insight={insight.id}>
              <th scope="row">{t(insight.key)}</th>
              {ran.map((row) => {
                const profile = row.insights?.rows[index];
                if (!profile) return <td key={row.workshopId}>–</td>;
                const total = Math.max(1, profile.rated + profile.dontKnow);
                return (
                  <td key={row.workshopId} className="insight-spread">
                    <span className="spread-bar" aria-hidden="true">
                      {[...profile.counts, profile.dontKnow].map((count, level) => (
                        <span key={level} className={`spread-${level + 1}`} style={{ inlineSize: `${(count / total) * 100}%` }} />
                      ))}
                    </span>
                    <span className="spread-counts">{t('programme.progress.spread', { counts: profile.counts.join('·'), dontKnow: profile.dontKnow, mean: formatLevel(profile.mean, i18n.language) })}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
