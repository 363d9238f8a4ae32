import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { addAttachment } from '@shared/hackathon/attachments';
import { readAttachmentBytes, removeAttachment, watchAttachments, type AttachmentRow } from '../../persistence/attachments';
import { saveExport } from '../outcome/saveExport';
import { useAttachmentMessages } from './useAttachmentMessages';

type Props = { doc: Y.Doc; workshopId: string; teamId: string; actor: Actor };

/**
 * Files attached before attachments were shared, still kept only in this device's store: listed
 * so they are not lost, downloadable, and shared with the team in one step (the local copy goes
 * once the workshop holds it). Shows nothing when this device kept none.
 */
export function LocalAttachments({ doc, workshopId, teamId, actor }: Props) {
  const { t } = useTranslation();
  const { describe } = useAttachmentMessages();
  const [rows, setRows] = useState<AttachmentRow[]>([]);
  const [message, setMessage] = useState<string>();
  useEffect(() => watchAttachments(workshopId, teamId, setRows), [workshopId, teamId]);
  if (rows.length === 0) return null;

  async function share(row: AttachmentRow) {
    const bytes = await readAttachmentBytes(row.id);
    if (!bytes) return;
    const result = addAttachment(doc, teamId, { name: row.name, type: row.type, bytes }, actor, Date.now());
    if (!result.ok) return setMessage(describe(result.refusal));
    setMessage(undefined);
    await removeAttachment(row.id);
  }

  async function download(row: AttachmentRow) {
    const bytes = await readAttachmentBytes(row.id);
    if (bytes) await saveExport(row.name, bytes, row.type || 'application/octet-stream');
  }

  return (
    <div className="hack-local-files" data-testid="local-attachments">
      <p className="field-hint">{t('hackathon.attachments.onDevice')}</p>
      {message ? (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      ) : null}
      <ul className="hack-attachment-list">
        {rows.map((row) => (
          <li key={row.id}>
            <span className="hack-attachment-name" dir="auto">
              {row.name}
            </span>{' '}
            <span className="hack-attachment-actions">
              <button type="button" className="button button-quiet" onClick={() => void download(row)} aria-label={t('hackathon.attachments.download', { name: row.name })}>
                ↓
              </button>
              <button type="button" className="button button-quiet" onClick={() => void share(row)}>
                {t('hackathon.attachments.share', { name: row.name })}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
