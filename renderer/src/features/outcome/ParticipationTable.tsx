import { useTranslation } from 'react-i18next';
import type { OutcomeLabels } from '@shared/outcome/labels';
import { genderName, groupName } from '@shared/outcome/labels';
import type { ParticipationFigures } from '@shared/outcome/model';

type Props = { figures: ParticipationFigures; labels: OutcomeLabels; onRefresh?: (() => void) | undefined };

/** Who took part, as the report's table shows it: onsite and online, by gender, by group. */
export function ParticipationTable({ figures, labels, onRefresh }: Props) {
  const { t } = useTranslation();
  const names = labels.participation;
  const total = figures.onsite + figures.online;
  // A breakdown with no one in it is left out, heading and all, as the report itself does.
  const rows = (heading: string, counts: Record<string, number>, name: (key: string) => string) => {
    const entries = Object.entries(counts)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) return null;
    return [
      <tr key={`heading-${heading}`} className="group">
        <td colSpan={2}>{heading}</td>
      </tr>,
      ...entries.map(([key, count]) => (
        <tr key={`${heading}-${key}`}>
          <td>{name(key)}</td>
          <td className="count">{count}</td>
        </tr>
      )),
    ];
  };
  return (
    <div className="outcome-figures" data-testid="participation">
      <h4>{t('outcomeUi.participation.heading')}</h4>
      {total === 0 ? <p className="muted">{t('outcomeUi.participation.none')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{names.figure}</th>
            <th scope="col">{names.count}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{names.onsite}</td>
            <td className="count">{figures.onsite}</td>
          </tr>
          <tr>
            <td>{names.online}</td>
            <td className="count">{figures.online}</td>
          </tr>
          <tr className="group">
            <td>{names.total}</td>
            <td className="count">{total}</td>
          </tr>
          {rows(names.byGender, figures.byGender, (key) => genderName(key, labels))}
          {rows(names.byGroup, figures.byGroup, (key) => groupName(key, labels))}
        </tbody>
      </table>
      <p className="field-hint">{t('outcomeUi.participation.hint')}</p>
      {onRefresh ? (
        <button type="button" className="button button-small" onClick={onRefresh}>
          {t('outcomeUi.participation.refresh')}
        </button>
      ) : null}
    </div>
  );
}
