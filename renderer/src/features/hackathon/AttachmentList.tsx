import { useTranslation } from 'react-i18next';
import type { Attachment } from '@shared/hackathon/attachmentSchema';
import { formatMegabytes } from '../../i18n/formats';

type Props = {
  files: readonly Attachment[];
  onDownload: (file: Attachment) => void;
  /** Offered only for the files this person may remove. */
  canRemove: (file: Attachment) => boolean;
  onRemove: (file: Attachment) => void;
};

/** A size people read at a glance: kilobytes under a megabyte (a short note is not "0.0 MB"). */
function fileSize(bytes: number, language: string): string {
  if (bytes >= 1024 * 1024) return formatMegabytes(bytes, language);
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}

/** A team's files, each downloadable, with who added it; an empty state when there are none. */
export function AttachmentList({ files, onDownload, canRemove, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  if (files.length === 0) return <p className="muted">{t('hackathon.attachments.none')}</p>;
  return (
    <ul className="hack-attachment-list">
      {files.map((file) => (
        <li key={file.id} data-testid="attachment-row">
          <span className="hack-attachment-name" dir="auto">
            {file.name}
          </span>
          <span className="muted">
            {fileSize(file.size, i18n.language)}
            {file.author ? ` · ${t('hackathon.attachments.addedBy', { name: file.author })}` : ''}
          </span>
          <span className="hack-attachment-actions">
            <button type="button" className="button button-quiet" onClick={() => onDownload(file)} aria-label={t('hackathon.attachments.download', { name: file.name })}>
              ↓
            </button>
            {canRemove(file) ? (
              <button type="button" className="button button-quiet" onClick={() => onRemove(file)} aria-label={t('hackathon.attachments.remove', { name: file.name })}>
                ×
              </button>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
