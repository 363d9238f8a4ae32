import { useTranslation } from 'react-i18next';
import type { Commitment } from '@shared/commitments/schema';

/** Who owns a commitment, by when, and which workshop it came from, on one quiet line. */
export function CommitmentFacts({ commitment }: { commitment: Pick<Commitment, 'owner' | 'horizon' | 'origin'> }) {
  const { t } = useTranslation();
  const facts = [
    commitment.owner === '' ? t('commitments.noOwner') : t('commitments.owner', { owner: commitment.owner }),
    commitment.horizon ? t(`roadmap.horizon.${commitment.horizon}`) : undefined,
    t('commitments.from', { workshop: commitment.origin.workshopTitle || t('workshop.untitled') }),
  ].filter((fact): fact is string => fact !== undefined);
  return (
    <p className="commitment-facts muted" dir="auto">
      {facts.join(' · ')}
    </p>
  );
}
