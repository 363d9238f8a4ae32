import { forgetConnection, readConnection, updateConnection, pendingForgets } from '../../persistence/connections';
import { desktopApi } from '../../platform/baraza';
import { forgetRoom, HubError } from '../../sync/hubApi';
import { dropConnection } from '../../sync/liveConnections';

/**
 * What is left of a deleted workshop outside its document: the room on the hub (the register
 * with people's emails and genders included, the log, the secrets) and this device's connection
 * record (secrets and identity). A facilitator's room is deleted on the hub; when the hub cannot
 * be reached, the record stays, marked, and the deletion is tried again later. Returns whether
 * everything is gone.
 */
export async function forgetWorkshopConnection(workshopId: string): Promise<boolean> {
  const row = await readConnection(workshopId);
  if (!row) return true;
  if (row.role === 'facilitator' && row.server === 'hub') {
    try {
      const api = desktopApi();
      if (api) await api.hubForget({ workshopId });
      else await forgetRoom({ wsUrl: row.wsUrl, room: row.room, key: row.key });
    } catch (error) {
      // The hub no longer knows the room (or this key): there is nothing left there to delete.
      const alreadyGone = error instanceof HubError && (error.code === 'refused' || error.code === 'notFound');
      if (!alreadyGone) {
        await updateConnection(workshopId, { forgetPending: true });
        return false;
      }
    }
  }
  dropConnection(workshopId);
  await forgetConnection(workshopId);
  return true;
}

/** Tries again the hub deletions that could not be done when their workshops were deleted. */
export async function retryPendingForgets(): Promise<void> {
  for (const workshopId of await pendingForgets()) await forgetWorkshopConnection(workshopId);
}
