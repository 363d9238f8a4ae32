import { useTranslation } from 'react-i18next';
import { insightBlocks, type ReportInsights } from '@shared/insights/reportBlocks';
import type { OutcomeLabels } from '@shared/outcome/labels';

/**
 * The ten insights profile with the very rows the report prints (shared/insights/reportBlocks.ts):
 * people per level and per insight, never who answered what.
 */
export function ReportInsightsPreview({ insights, labels }: { insights: ReportInsights; labels: OutcomeLabels }) {
  const { t } = useTranslation();
  const grids = insightBlocks(insights, labels).flatMap((block) => (block.type === 'grid' ? [block] : []));
  return (
    <div className="outcome-figures" data-testid="report-insights">
      <h4>{labels.insights.heading}</h4>
      {grids.map((grid) => (
        <div className="table-scroll" key={grid.caption}>
          <table className="report-insights-table">
            <caption>{grid.caption}</caption>
            <thead>
              <tr>
                {grid.header.map((text, index) => (
                  <th key={index} scope="col" className={grid.numeric[index] ? 'count' : undefined}>
                    {text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((text, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {text}
                      </th>
                    ) : (
                      <td key={index} className="count">
                        {text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p className="field-hint">{t('outcomeUi.insightsHint')}</p>
    </div>
  );
}
