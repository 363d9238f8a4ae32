import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { addAttachment, readAttachments, removeAttachment, restoreAttachment } from '@shared/hackathon/attachments';
import { attachmentLimits, attachmentsRoot, type Attachment } from '@shared/hackathon/attachmentSchema';
import { settingsRoot } from '@shared/hackathon/schema';
import { readSettings } from '@shared/hackathon/settings';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDocValue } from '../activities/useDocValue';
import { saveExport } from '../outcome/saveExport';
import { AttachmentList } from './AttachmentList';
import { useAttachmentMessages } from './useAttachmentMessages';

type Props = { doc: Y.Doc; teamId: string; actor: Actor; canAdd: boolean; children?: ReactNode };

/**
 * A team's files, kept in the workshop document and so on every device in the room: members
 * attach them (within the size, type and count the hub accepts), everyone who sees the team
 * downloads them, and the person who attached a file, or the facilitator, removes it after
 * confirming, with an undo.
 */
export function TeamAttachments({ doc, teamId, actor, canAdd, children }: Props) {
  const { t } = useTranslation();
  const { describe, megabytes } = useAttachmentMessages();
  const files = useDocValue(doc, [attachmentsRoot], (current) => readAttachments(current, teamId), [teamId]);
  const closed = useDocValue(doc, [settingsRoot], (current) => readSettings(current).closed);
  const [message, setMessage] = useState<string>();
  const [confirming, setConfirming] = useState<Attachment>();
  const [removed, setRemoved] = useState<Attachment>();

  async function attach(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = [...(input.files ?? [])];
    // Cleared at once so choosing the same file again still fires a change.
    input.value = '';
    const problems: string[] = [];
    for (const file of chosen) {
      const refusal = await attachOne(file);
      if (refusal) problems.push(describe(refusal));
    }
    setMessage(problems.length > 0 ? problems.join(' ') : undefined);
  }

  async function attachOne(file: File): Promise<Refusal | undefined> {
    // Refused before reading: a large file is never loaded into memory only to be turned away.
    if (file.size > attachmentLimits.bytes) return { code: 'hackathon.attachments.tooLarge', name: file.name, size: file.size, limit: attachmentLimits.bytes };
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = addAttachment(doc, teamId, { name: file.name, type: file.type, bytes }, actor, Date.now());
      return result.ok ? undefined : result.refusal;
    } catch (error) {
      return { code: 'hackathon.attachments.failed', name: file.name, message: error instanceof Error ? error.message : String(error) };
    }
  }

  function remove(file: Attachment) {
    setConfirming(undefined);
    const result = removeAttachment(doc, file, actor, Date.now());
    setMessage(result.ok ? undefined : describe(result.refusal));
    setRemoved(result.ok ? result.value : undefined);
  }

  function undo() {
    if (!removed) return;
    const result = restoreAttachment(doc, removed, actor);
    setMessage(result.ok ? undefined : describe(result.refusal));
    setRemoved(undefined);
  }

  return (
    <fieldset className="hack-attachments" data-testid="attachments">
      <legend>{t('hackathon.attachments.title')}</legend>
      {canAdd ? <p className="field-hint">{t('hackathon.attachments.shared')}</p> : null}
      {canAdd && !closed ? (
        <label className="field">
          <span>{t('hackathon.attachments.add')}</span>
          <input type="file" multiple onChange={(event) => void attach(event)} data-testid="attachment-input" />
          <span className="field-hint">{t('hackathon.attachments.limit', { count: attachmentLimits.perTeam, size: megabytes(attachmentLimits.bytes) })}</span>
        </label>
      ) : null}
      {message ? (
        <p className="notice notice-error" role="alert" data-testid="attachment-error">
          {message}
        </p>
      ) : null}
      {removed ? (
        <p role="status" className="hack-row">
          {t('hackathon.attachments.removed', { name: removed.name })}{' '}
          <button type="button" className="button button-quiet" onClick={undo}>
            {t('hackathon.attachments.undo')}
          </button>
        </p>
      ) : null}
      <AttachmentList
        files={files}
        onDownload={(file) => void saveExport(file.name, file.bytes, file.type)}
        canRemove={(file) => !closed && (actor.role === 'facilitator' || file.addedBy === actor.deviceId)}
        onRemove={setConfirming}
      />
      {children}
      {confirming ? (
        <ConfirmDialog
          title={t('hackathon.attachments.confirmTitle', { name: confirming.name })}
          body={t('hackathon.attachments.confirmBody')}
          confirmLabel={t('hackathon.attachments.confirmRemove')}
          cancelLabel={t('lan.who.cancel')}
          onConfirm={() => remove(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      ) : null}
    </fieldset>
  );
}
