/**
 * What the hub lets into a room's presence (awareness). Presence is keyed by Yjs client id,
 * which nobody authenticates, and every state is relayed to every newcomer, so the hub:
 * - refuses states that are too large, too deep or not of the app's shape (shared/access/presence.ts),
 *   closing the connection that sent one;
 * - stamps each state with the sender's identity and role as the hub knows them;
 * - takes a client id only for its owner (ClientOwners), binding a new one to the identity that
 *   announces it first, and only while no other live connection holds it;
 * - lets one connection hold only a few client ids.
 */
import { admitPresence } from '../../../shared/access/presence';
import { facilitatorIdentity } from '../../../shared/access/writer';
import { decodeAwarenessEntries, type AwarenessEntry } from './awarenessFilter';
import type { ClientOwners } from './clientOwners';
import type { SyncPeer } from './syncPeer';

/** y-websocket sends one state per message; the app never more than its own. */
const maxEntriesPerMessage = 8;

export type PresenceRoom = {
  owners: ClientOwners;
  /** Clocks the room's document holds of a client id (0: it has written nothing yet). */
  known(client: number): number;
  /** The client ids each live connection holds. */
  peers: ReadonlyMap<SyncPeer, ReadonlySet<number>>;
  /** Stores new client-id bindings with the room; false when the write failed. */
  persistBindings(bindings: Record<string, string>): boolean;
  maxStatesPerConnection: number;
};

export type PresenceVerdict = { outcome: 'malformed' } | { outcome: 'admitted'; entries: AwarenessEntry[] };

export function admitPresenceUpdate(update: Uint8Array, from: SyncPeer, room: PresenceRoom): PresenceVerdict {
  let entries: AwarenessEntry[];
  try {
    entries = decodeAwarenessEntries(update);
  } catch {
    return { outcome: 'malformed' };
  }
  if (entries.length > maxEntriesPerMessage) return { outcome: 'malformed' };
  const writer = from.writer;
  const identity = writer.role === 'facilitator' ? facilitatorIdentity : writer.id;
  const held = room.peers.get(from) ?? new Set<number>();
  const admitted: AwarenessEntry[] = [];
  const toBind: number[] = [];
  for (const entry of entries) {
    const state = admitPresence(entry.state, writer);
    if (state === undefined) return { outcome: 'malformed' };
    if (heldByAnother(room.peers, from, entry.clientId)) continue;
    const owner = room.owners.ownerOf(entry.clientId);
    if (owner !== undefined && owner !== identity) continue;
    if (owner === undefined) {
      if (!room.owners.mayAuthor(writer, entry.clientId, room.known(entry.clientId))) continue;
      toBind.push(entry.clientId);
    }
    if (!held.has(entry.clientId) && held.size + admitted.length >= room.maxStatesPerConnection) continue;
    admitted.push({ ...entry, state });
  }
  const bindings = toBind.length > 0 ? room.owners.bindingsFor(writer, toBind) : undefined;
  if (bindings && room.persistBindings(bindings)) room.owners.commit(bindings);
  return { outcome: 'admitted', entries: admitted };
}

function heldByAnother(peers: ReadonlyMap<SyncPeer, ReadonlySet<number>>, peer: SyncPeer, client: number): boolean {
  for (const [other, held] of peers) if (other !== peer && held.has(client)) return true;
  return false;
}
