import { useTranslation } from 'react-i18next';
import type { CompetencyChange } from '@shared/competencies/assessment';
import { formatDecimal } from '../../../i18n/formats';

/** Mean level before and after the training, per competency, with the change signed in words. */
export function BeforeAfter({ changes }: { changes: CompetencyChange[] }) {
  const { t, i18n } = useTranslation();
  const level = (value: number) => formatDecimal(value, i18n.language, 1);
  if (changes.length === 0) return <p className="muted">{t('activities.competencies.noChange')}</p>;
  return (
    <table className="change-table" data-testid="before-after">
      <caption>
        {t('activities.competencies.change')}
        <span className="field-hint heat-hint">{t('activities.competencies.changeHint')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('activities.competencies.competency')}</th>
          <th scope="col">{t('activities.competencies.before')}</th>
          <th scope="col">{t('activities.competencies.after')}</th>
          <th scope="col">{t('activities.competencies.delta')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.competencyId}>
            <th scope="row">{t(change.key)}</th>
            <td>{level(change.before)}</td>
            <td>{level(change.after)}</td>
            <td className={change.delta > 0 ? 'is-up' : change.delta < 0 ? 'is-down' : undefined}>
              {change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±'}
              {level(Math.abs(change.delta))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
