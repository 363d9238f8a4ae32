import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubNotice } from '../../sync/connectWorkshop';

const known = new Set(['storage-write', 'storage-damage', 'load-failed', 'room-full']);

/** What the hub told the facilitator about this workshop's room (a write it could not save,
 *  damaged files it set aside), until dismissed. */
export function HubNotices({ notices }: { notices: HubNotice[] }) {
  const { t } = useTranslation();
  const [dismissedAt, setDismissedAt] = useState(0);
  const shown = notices.filter((notice) => notice.at > dismissedAt && known.has(notice.kind));
  if (shown.length === 0) return null;
  return (
    <section className="notice notice-error" role="alert" aria-label={t('lan.notices.title')} data-testid="hub-notices">
      <ul>
        {shown.map((notice) => (
          <li key={`${notice.at}-${notice.kind}`}>{t(`lan.notices.${notice.kind}`, { detail: notice.detail })}</li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={() => setDismissedAt(Date.now())}>
        {t('lan.notices.dismiss')}
      </button>
    </section>
  );
}
