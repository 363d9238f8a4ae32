import { liveQuery } from 'dexie';
import { randomId } from '@shared/ids';
import { db, type AttachmentRow } from './db';

export type { AttachmentRow } from './db';

/**
 * Files a team attaches to its hackathon submission, kept in this device's IndexedDB only. They
 * stay out of the shared document on purpose: a few megabytes in a Y.Doc would be sent to every
 * peer on a weak venue network and kept in every copy for good.
 */
export const attachmentLimits = { bytes: 5 * 1024 * 1024, perSubmission: 5 } as const;

export type AttachmentRefusal = { code: 'tooLarge' | 'tooMany'; name: string; size: number };

export async function addAttachment(workshopId: string, submissionId: string, file: File, now = Date.now()): Promise<AttachmentRow | AttachmentRefusal> {
  if (file.size > attachmentLimits.bytes) return { code: 'tooLarge', name: file.name, size: file.size };
  const count = await db.attachments.where('submissionId').equals(submissionId).filter((row) => row.workshopId === workshopId).count();
  if (count >= attachmentLimits.perSubmission) return { code: 'tooMany', name: file.name, size: file.size };
  const row: AttachmentRow = { id: randomId(), workshopId, submissionId, name: file.name, type: file.type, size: file.size, bytes: file, addedAt: now };
  await db.attachments.put(row);
  return row;
}

/** Puts back a row that was removed, for the undo after a removal. */
export async function restoreAttachment(row: AttachmentRow): Promise<void> {
  await db.attachments.put(row);
}

export async function listAttachments(workshopId: string, submissionId: string): Promise<AttachmentRow[]> {
  const rows = await db.attachments.where('submissionId').equals(submissionId).filter((row) => row.workshopId === workshopId).toArray();
  return rows.sort((a, b) => a.addedAt - b.addedAt);
}

/** Calls back with the submission's files now and whenever this device adds or removes one. */
export function watchAttachments(workshopId: string, submissionId: string, onChange: (rows: AttachmentRow[]) => void): () => void {
  const subscription = liveQuery(() => listAttachments(workshopId, submissionId)).subscribe({ next: onChange, error: () => onChange([]) });
  return () => subscription.unsubscribe();
}

export async function readAttachmentBytes(id: string): Promise<Uint8Array | undefined> {
  const row = await db.attachments.get(id);
  return row ? new Uint8Array(await row.bytes.arrayBuffer()) : undefined;
}

export async function removeAttachment(id: string): Promise<AttachmentRow | undefined> {
  const row = await db.attachments.get(id);
  await db.attachments.delete(id);
  return row;
}
