import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { removeUnreadable } from '@shared/access/unreadable';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useUnreadableEntries } from './useUnreadableEntries';

/**
 * Tells the facilitator that some entries cannot be read (every screen and export skips them),
 * and offers to remove them. Shown only when there are any.
 */
export function UnreadableEntries({ doc, canRemove }: { doc: Y.Doc; canRemove: boolean }) {
  const { t } = useTranslation();
  const entries = useUnreadableEntries(doc);
  const [confirming, setConfirming] = useState(false);
  if (entries.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="unreadable-entries">
      <p>{t('workshop.unreadable.count', { count: entries.length })}</p>
      {canRemove ? (
        <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
          {t('workshop.unreadable.remove')}
        </button>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('workshop.unreadable.confirmTitle', { count: entries.length })}
          body={t('workshop.unreadable.confirmBody')}
          confirmLabel={t('workshop.unreadable.remove')}
          cancelLabel={t('lan.who.cancel')}
          onConfirm={() => {
            removeUnreadable(doc, entries);
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
