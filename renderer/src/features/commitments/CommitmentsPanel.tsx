import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { followUpStatuses } from '@shared/commitments/followUp';
import { commitmentsRoot, latestReview } from '@shared/commitments/schema';
import { readCommitments } from '@shared/commitments/store';
import { useDocValue } from '../activities/useDocValue';
import { CommitmentFacts } from './CommitmentFacts';
import { ReviewForm } from './ReviewForm';
import { StatusBadge } from './StatusBadge';
import './commitments.css';

type CommitmentsPanelProps = { doc: Y.Doc; actor: Actor; audience: 'facilitator' | 'participant' | 'projector' };

/**
 * Reviewing earlier workshops' commitments: the facilitator sets each one's status with a short
 * note; the projector and participants see the same list, read-only, as it is updated.
 */
export function CommitmentsPanel({ doc, actor, audience }: CommitmentsPanelProps) {
  const { t } = useTranslation();
  const commitments = useDocValue(doc, [commitmentsRoot], (current) => readCommitments(current).commitments);
  const editing = audience === 'facilitator' && actor.role === 'facilitator';
  const counts = followUpStatuses
    .map((status) => ({ status, count: commitments.filter((commitment) => (latestReview(commitment)?.status ?? 'unreviewed') === status).length }))
    .filter((entry) => entry.count > 0);
  return (
    <div className={`activity commitments-panel is-${audience}`}>
      <h3>{t('commitments.title')}</h3>
      {commitments.length === 0 ? (
        <p className="muted">{t(editing ? 'commitments.emptyFacilitator' : 'commitments.empty')}</p>
      ) : (
        <>
          <p aria-live="polite" data-testid="commitment-counts">
            {t('commitments.counts', { count: commitments.length })}{' '}
            {counts.map((entry) => t('commitments.countOf', { status: t(`commitments.status.${entry.status}`), count: entry.count })).join(' · ')}
          </p>
          <ol className="commitment-list">
            {commitments.map((commitment) => {
              const last = latestReview(commitment);
              return (
                <li key={commitment.id} className="commitment" data-testid="commitment">
                  <div className="commitment-head">
                    <span className="commitment-title" dir="auto">
                      {commitment.title}
                    </span>
                    <StatusBadge status={last?.status} />
                  </div>
                  <CommitmentFacts commitment={commitment} />
                  {last?.note && !editing ? (
                    <p className="commitment-note" dir="auto">
                      {last.note}
                    </p>
                  ) : null}
                  {editing ? <ReviewForm doc={doc} actor={actor} commitment={commitment} /> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
