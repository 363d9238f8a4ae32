import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findCompetency } from '@shared/competencies/framework';
import type { CompetencyProgress } from '@shared/programme/progress';
import type { ProgrammeSummary } from '@shared/programme/summary';
import { WorkshopColumnsHead } from './WorkshopColumnsHead';
import { formatChange, formatLevel, formatShare } from './progressFormat';

const measures = ['after', 'before', 'change', 'priority'] as const;
type Measure = (typeof measures)[number];

/** A cell's value for a measure, and its shade from 0 to 1 (changes: −1 … +1 levels as 0 … 1). */
function cell(item: CompetencyProgress, measure: Measure, language: string): { text: string; shade: number | undefined } {
  switch (measure) {
    case 'before':
    case 'after': {
      const mean = item[measure].mean;
      return { text: formatLevel(mean, language), shade: mean === undefined ? undefined : (mean - 1) / 4 };
    }
    case 'change':
      return { text: formatChange(item.delta, language), shade: item.delta === undefined ? undefined : Math.min(1, Math.max(0, (item.delta + 1) / 2)) };
    case 'priority':
      return { text: formatShare(item.share, language), shade: item.share === undefined ? undefined : Math.min(1, item.share * 4) };
  }
}

/**
 * Workshops side by side, competency by competency: the mean level after (or before), the change,
 * or the share of priority votes. Each cell prints its number, so the shading only helps the eye
 * (it never carries the meaning alone), and the table scrolls sideways on a phone with the
 * competency names kept in view.
 */
export function ProgressHeatMap({ summary }: { summary: ProgrammeSummary }) {
  const { t, i18n } = useTranslation();
  const [measure, setMeasure] = useState<Measure>('after');
  return (
    <div className="progress-block">
      <label className="progress-measure">
        <span>{t('programme.progress.measure')}</span>
        <select value={measure} onChange={(event) => setMeasure(event.target.value as Measure)}>
          {measures.map((value) => (
            <option key={value} value={value}>
              {t(`programme.progress.measures.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('programme.progress.heatMap')}>
        <table className="progress-table progress-heat" data-testid="progress-heat-map" data-measure={measure}>
          <caption>{t(`programme.progress.captions.${measure}`)}</caption>
          <WorkshopColumnsHead rowLabel={t('programme.progress.competency')} workshops={summary.workshops} />
          <tbody>
            {summary.competencies.map((pooled, index) => {
              const name = t(findCompetency(pooled.competencyId)?.key ?? pooled.competencyId);
              const all = cell({ ...pooled, paired: undefined }, measure, i18n.language);
              return (
                <tr key={pooled.competencyId} data-competency={pooled.competencyId}>
                  <th scope="row">{name}</th>
                  {summary.workshops.map((row) => {
                    const item = row.competencies[index];
                    const value = item ? cell(item, measure, i18n.language) : { text: '–', shade: undefined };
                    return (
                      <td key={row.workshopId} className="heat-cell" style={{ '--heat': value.shade ?? 0 } as React.CSSProperties} data-empty={value.shade === undefined || undefined}>
                        {value.text}
                      </td>
                    );
                  })}
                  <td className="heat-cell heat-total" style={{ '--heat': all.shade ?? 0 } as React.CSSProperties}>
                    {all.text}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
