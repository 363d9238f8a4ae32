import { purgeDeleted, staleDeletions, stillDeleted } from '../../persistence/workshops';
import { forgetWorkshopConnection, retryPendingForgets } from '../lan/forgetRoom';

/**
 * Deleting a workshop for good, once its Undo has passed: the room on the hub and the
 * connection record go first (forgetRoom.ts), then the local copy and its attachments.
 */
export async function deleteForGood(ids: readonly string[]): Promise<void> {
  const gone = await stillDeleted(ids);
  for (const id of gone) await forgetWorkshopConnection(id);
  await purgeDeleted(gone);
}

/** Deletions a window left unfinished (it closed abruptly), and hub deletions still owed. */
export async function finishLeftoverDeletions(ageMs: number): Promise<void> {
  await deleteForGood(await staleDeletions(ageMs));
  await retryPendingForgets();
}
