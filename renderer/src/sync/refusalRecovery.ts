/**
 * What a participant's device does when the hub refuses one of its edits. Yjs numbers each
 * device's edits in sequence, so once the hub has refused one (a dot placed as the vote closed,
 * an edit to a proposal the facilitator had just accepted), every later edit of this copy would
 * follow a gap and be refused too. The device therefore keeps a note of why, discards its local
 * copy and starts again from the hub's. Storage trouble on the hub and edits that arrived out of
 * order are different: the hub asks again for them itself, so nothing is discarded.
 */
import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { ConnectionRow } from '../persistence/connections';
import { discardLocalCopy } from '../persistence/connections';
import type { HubRefusal } from './connectWorkshop';
import { dropConnection } from './liveConnections';

const retriedByHub = new Set(['out-of-order', 'storage']);
const noteKey = (workshopId: string) => `baraza.refused.${workshopId}`;

/** The reason code in the hub's message, e.g. `closed` in "update refused (closed)". */
export function refusalReason(message: string): string {
  return /refused \(([a-z-]+)\)/.exec(message)?.[1] ?? 'unknown';
}

export function needsFreshCopy(message: string): boolean {
  return !retriedByHub.has(refusalReason(message));
}

/** The reason of a refusal that made this device start again, once, for the screen to explain. */
export function takeRefusalNote(workshopId: string): string | undefined {
  const note = sessionStorage.getItem(noteKey(workshopId)) ?? undefined;
  if (note !== undefined) sessionStorage.removeItem(noteKey(workshopId));
  return note;
}

export function useRecoveryFromRefusal(workshopId: string, doc: Y.Doc | undefined, row: ConnectionRow | undefined | null, refusal: HubRefusal | undefined): void {
  const role = row?.role;
  const server = row?.server;
  useEffect(() => {
    if (!refusal || !doc || role !== 'participant' || server !== 'hub' || !needsFreshCopy(refusal.reason)) return;
    sessionStorage.setItem(noteKey(workshopId), refusalReason(refusal.reason));
    dropConnection(workshopId);
    doc.destroy();
    void discardLocalCopy(workshopId).then(() => window.location.reload());
  }, [workshopId, doc, role, server, refusal]);
}
