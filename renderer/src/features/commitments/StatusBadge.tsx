import { useTranslation } from 'react-i18next';
import type { CommitmentStatus } from '@shared/commitments/schema';

/** A commitment's status in words, with a colour beside them (never instead of them). */
export function StatusBadge({ status }: { status: CommitmentStatus | undefined }) {
  const { t } = useTranslation();
  const key = status ?? 'unreviewed';
  return (
    <span className={`commitment-status is-${key}`} data-testid="commitment-status">
      {t(`commitments.status.${key}`)}
    </span>
  );
}
