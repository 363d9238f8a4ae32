import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { commitmentLimits, commitmentStatuses, latestReview, type Commitment, type CommitmentStatus } from '@shared/commitments/schema';
import { reviewCommitment } from '@shared/commitments/store';
import { formatTimeOfDay } from '../../i18n/formats';

type ReviewFormProps = { doc: Y.Doc; actor: Actor; commitment: Commitment };

/** The facilitator's review of one commitment: a status, a short note, and who set it last. */
export function ReviewForm({ doc, actor, commitment }: ReviewFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const last = latestReview(commitment);
  const [status, setStatus] = useState<CommitmentStatus | undefined>(last?.status);
  const [note, setNote] = useState(last?.note ?? '');
  const [error, setError] = useState<string>();
  const changed = status !== undefined && (status !== last?.status || note.trim() !== (last?.note ?? ''));

  function save(event: FormEvent) {
    event.preventDefault();
    if (!status) return;
    const result = reviewCommitment(doc, commitment.id, status, note, actor, Date.now());
    setError(result.ok ? undefined : t(result.refusal.code, result.refusal));
  }

  return (
    <form className="commitment-review" onSubmit={save}>
      <fieldset className="commitment-statuses">
        <legend className="visually-hidden">{t('commitments.statusOf', { title: commitment.title })}</legend>
        {commitmentStatuses.map((option) => (
          <label key={option} className="commitment-choice">
            <input type="radio" name={`${id}-status`} value={option} checked={status === option} onChange={() => setStatus(option)} />
            <span>{t(`commitments.status.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="commitment-note-field">
        <label htmlFor={`${id}-note`}>{t('commitments.note')}</label>
        <input id={`${id}-note`} value={note} maxLength={commitmentLimits.note} dir="auto" onChange={(event) => setNote(event.target.value)} />
        <button type="submit" className="button button-small" disabled={!changed}>
          {t('commitments.save')}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {last ? (
        <p className="muted commitment-by" data-testid="commitment-by">
          {t('commitments.setBy', { name: last.byName || t('commitments.facilitator'), time: formatTimeOfDay(last.at, i18n.language) })}
        </p>
      ) : null}
    </form>
  );
}
