import { useTranslation } from 'react-i18next';
import { commitmentHistories, type CommitmentHistory } from '@shared/commitments/history';
import type { WorkshopListItem } from '../../persistence/workshops';
import { CommitmentFacts } from './CommitmentFacts';
import { StatusBadge } from './StatusBadge';
import { useProgrammeRead } from './useProgrammeRead';
import './commitments.css';

/** Each commitment carried in the programme: where it came from, and what each workshop said of it. */
export function CommitmentHistorySection({ members }: { members: readonly WorkshopListItem[] }) {
  const { t } = useTranslation();
  const histories = useProgrammeRead(
    members.map((row) => row.id),
    members.map((row) => row.updatedAt).join(','),
    commitmentHistories,
  );
  return (
    <section className="commitment-history" aria-labelledby="commitment-history-title" data-testid="commitment-history">
      <h2 id="commitment-history-title">{t('commitments.history.title')}</h2>
      {histories.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {histories.status === 'error' ? (
        <p className="notice notice-error" role="alert">
          {t('commitments.carry.failed', { message: histories.message })}
        </p>
      ) : null}
      {histories.status === 'ready' && histories.value.length === 0 ? <p className="muted">{t('commitments.history.none')}</p> : null}
      {histories.status === 'ready' && histories.value.length > 0 ? (
        <ul className="commitment-list">
          {histories.value.map((history) => (
            <HistoryEntry key={history.id} history={history} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function HistoryEntry({ history }: { history: CommitmentHistory }) {
  const { t } = useTranslation();
  const workshop = (title: string, date: string) => (date ? t('commitments.history.workshopOn', { workshop: title || t('workshop.untitled'), date }) : title || t('workshop.untitled'));
  return (
    <li className="commitment" data-testid="commitment-history-entry">
      <div className="commitment-head">
        <span className="commitment-title" dir="auto">
          {history.title}
        </span>
        <StatusBadge status={history.current?.status} />
      </div>
      <CommitmentFacts commitment={history} />
      <ol className="commitment-steps">
        <li dir="auto">{t('commitments.history.origin', { workshop: workshop(history.origin.workshopTitle, history.origin.workshopDate) })}</li>
        {history.steps.map((step) => (
          <li key={step.workshopId} dir="auto">
            <span className="commitment-step-workshop">{workshop(step.workshopTitle, step.workshopDate)}</span>
            {': '}
            {step.reviews.length === 0
              ? t('commitments.history.notReviewed')
              : step.reviews
                  .map((review) => [t(`commitments.status.${review.status}`), review.note].filter((part) => part !== '').join(' — '))
                  .join(' → ')}
          </li>
        ))}
      </ol>
    </li>
  );
}
