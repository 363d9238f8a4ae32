import { useTranslation } from 'react-i18next';
import type { CompetencyChange } from '@shared/competencies/assessment';

/** Mean level before and after the training, per competency, with the change signed in words. */
export function BeforeAfter({ changes }: { changes: CompetencyChange[] }) {
  const { t } = useTranslation();
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
            <td>{change.before.toFixed(1)}</td>
            <td>{change.after.toFixed(1)}</td>
            <td className={change.delta > 0 ? 'is-up' : change.delta < 0 ? 'is-down' : undefined}>
              {change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±'}
              {Math.abs(change.delta).toFixed(1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
