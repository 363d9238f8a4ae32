import { useTranslation } from 'react-i18next';
import type { OpenCommitment } from '@shared/commitments/open';
import { CommitmentFacts } from './CommitmentFacts';
import type { ProgrammeRead } from './useProgrammeRead';

type CarryForwardChecklistProps = {
  open: ProgrammeRead<OpenCommitment[]>;
  /** Ids the facilitator unticked: everything else is carried. */
  leftOut: ReadonlySet<string>;
  onToggle: (id: string, carried: boolean) => void;
};

/** The open actions of the programme's earlier workshops, each ticked to be carried forward. */
export function CarryForwardChecklist({ open, leftOut, onToggle }: CarryForwardChecklistProps) {
  const { t } = useTranslation();
  if (open.status === 'loading') return <p className="muted">{t('commitments.carry.loading')}</p>;
  if (open.status === 'error')
    return (
      <p className="notice notice-error" role="alert">
        {t('commitments.carry.failed', { message: open.message })}
      </p>
    );
  if (open.value.length === 0) return <p className="muted">{t('commitments.carry.none')}</p>;
  const carried = open.value.filter((commitment) => !leftOut.has(commitment.id)).length;
  return (
    <fieldset className="carry-forward" data-testid="carry-forward">
      <legend>{t('commitments.carry.legend', { count: open.value.length })}</legend>
      <p className="field-hint">{t('commitments.carry.hint', { count: carried })}</p>
      <ul className="carry-forward-list">
        {open.value.map((commitment) => (
          <li key={commitment.id}>
            <label className="carry-forward-item">
              <input type="checkbox" checked={!leftOut.has(commitment.id)} onChange={(event) => onToggle(commitment.id, event.target.checked)} />
              <span>
                <span className="commitment-title" dir="auto">
                  {commitment.title}
                </span>
                <CommitmentFacts commitment={commitment} />
                {commitment.lastReview ? (
                  <span className="muted commitment-last" dir="auto">
                    {t('commitments.carry.lastStatus', { status: t(`commitments.status.${commitment.lastReview.status}`), workshop: commitment.lastWorkshopTitle || t('workshop.untitled') })}
                  </span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
