import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addAttachment,
  attachmentLimits,
  readAttachmentBytes,
  removeAttachment,
  restoreAttachment,
  watchAttachments,
  type AttachmentRow,
} from '../../persistence/attachments';
import { formatDecimal, formatMegabytes } from '../../i18n/formats';
import { saveExport } from '../outcome/saveExport';

type Props = { workshopId: string; submissionId: string };

/**
 * The files a team attaches to its pitch. They live in this device's store only, which the form
 * says plainly so nobody expects the judges to open them on their own laptops.
 */
export function SubmissionAttachments({ workshopId, submissionId }: Props) {
  const { t, i18n } = useTranslation();
  // The sentences carry their own word for MB; the number inside is written the language's way.
  const megabytes = (bytes: number) => formatDecimal(bytes / (1024 * 1024), i18n.language, 1);
  const [rows, setRows] = useState<AttachmentRow[]>([]);
  const [message, setMessage] = useState<string>();
  const [removed, setRemoved] = useState<AttachmentRow>();

  useEffect(() => watchAttachments(workshopId, submissionId, setRows), [workshopId, submissionId]);

  async function attach(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Cleared at once so choosing the same file again still fires a change.
    input.value = '';
    const problems: string[] = [];
    for (const file of files) {
      try {
        const result = await addAttachment(workshopId, submissionId, file);
        if ('code' in result) {
          problems.push(
            result.code === 'tooLarge'
              ? t('hackathon.attachments.tooLarge', { name: result.name, size: megabytes(result.size), limit: megabytes(attachmentLimits.bytes) })
              : t('hackathon.attachments.tooMany', { name: result.name, count: attachmentLimits.perSubmission }),
          );
        }
      } catch (error) {
        problems.push(t('hackathon.attachments.failed', { name: file.name, message: error instanceof Error ? error.message : String(error) }));
      }
    }
    setMessage(problems.length > 0 ? problems.join(' ') : undefined);
  }

  async function download(row: AttachmentRow) {
    const bytes = await readAttachmentBytes(row.id);
    if (bytes) await saveExport(row.name, bytes, row.type || 'application/octet-stream');
  }

  async function remove(row: AttachmentRow) {
    setRemoved(await removeAttachment(row.id));
  }

  async function undo() {
    if (!removed) return;
    await restoreAttachment(removed);
    setRemoved(undefined);
  }

  return (
    <fieldset className="hack-attachments" data-testid="attachments">
      <legend>{t('hackathon.attachments.title')}</legend>
      <p className="field-hint">{t('hackathon.attachments.local')}</p>
      <label className="field">
        <span>{t('hackathon.attachments.add')}</span>
        <input type="file" multiple onChange={(event) => void attach(event)} data-testid="attachment-input" />
        <span className="field-hint">{t('hackathon.attachments.limit', { count: attachmentLimits.perSubmission, size: megabytes(attachmentLimits.bytes) })}</span>
      </label>
      {message ? (
        <p className="notice notice-error" role="alert" data-testid="attachment-error">
          {message}
        </p>
      ) : null}
      {removed ? (
        <p role="status" className="hack-row">
          {t('hackathon.attachments.removed', { name: removed.name })}
          <button type="button" className="button button-quiet" onClick={() => void undo()}>
            {t('hackathon.attachments.undo')}
          </button>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{t('hackathon.attachments.none')}</p>
      ) : (
        <ul className="hack-attachment-list">
          {rows.map((row) => (
            <li key={row.id} data-testid="attachment-row">
              <span>
                {row.name} ({formatMegabytes(row.size, i18n.language)})
              </span>{' '}
              <button type="button" className="button button-quiet" onClick={() => void download(row)} aria-label={t('hackathon.attachments.download', { name: row.name })}>
                ↓
              </button>{' '}
              <button type="button" className="button button-quiet" onClick={() => void remove(row)} aria-label={t('hackathon.attachments.remove', { name: row.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
