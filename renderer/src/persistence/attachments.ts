import { liveQuery } from 'dexie';
import { db, type AttachmentRow } from './db';

export type { AttachmentRow } from './db';

/**
 * Files a team attached to its pitch before attachments were shared through the workshop
 * document (see shared/hackathon/attachments.ts), kept in this device's IndexedDB only. Nothing
 * adds to this table any more; what is in it is listed, downloadable and shared on request, so
 * nobody loses a file they attached, and goes once it is shared or the workshop is deleted.
 */
export async function listAttachments(workshopId: string, submissionId: string): Promise<AttachmentRow[]> {
  const rows = await db.attachments.where('submissionId').equals(submissionId).filter((row) => row.workshopId === workshopId).toArray();
  return rows.sort((a, b) => a.addedAt - b.addedAt);
}

/** Calls back with the submission's local files now and whenever one goes. */
export function watchAttachments(workshopId: string, submissionId: string, onChange: (rows: AttachmentRow[]) => void): () => void {
  const subscription = liveQuery(() => listAttachments(workshopId, submissionId)).subscribe({ next: onChange, error: () => onChange([]) });
  return () => subscription.unsubscribe();
}

export async function readAttachmentBytes(id: string): Promise<Uint8Array | undefined> {
  const row = await db.attachments.get(id);
  return row ? new Uint8Array(await row.bytes.arrayBuffer()) : undefined;
}

export async function removeAttachment(id: string): Promise<void> {
  await db.attachments.delete(id);
}
