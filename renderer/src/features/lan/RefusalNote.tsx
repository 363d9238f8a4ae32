import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeRefusalNote } from '../../sync/refusalRecovery';

const explained = new Set(['closed', 'not-yours', 'field', 'facilitator-root', 'team-full', 'not-member', 'not-judge', 'own-team', 'budget', 'too-large', 'room-full']);

/**
 * Tells a participant, once, why their screen started again from the room's copy: the hub had
 * refused one of their changes (see sync/refusalRecovery.ts).
 */
export function RefusalNote({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(() => takeRefusalNote(workshopId));
  if (!reason) return null;
  return (
    <div className="notice" role="alert" data-testid="refusal-note">
      <p>
        <strong>{t('lan.refused.title')}</strong>
      </p>
      <p>{explained.has(reason) ? t(`lan.refused.${reason}`) : t('lan.refused.other', { reason })}</p>
      <p>{t('lan.refused.fresh')}</p>
      <button type="button" className="button button-quiet" onClick={() => setReason(undefined)}>
        {t('lan.notices.dismiss')}
      </button>
    </div>
  );
}
