/**
 * The hub's replica of one room: a Y.Doc kept in step with every client, persisted through a
 * RoomStore, plus the room's presence (awareness). Every change goes through receiveUpdate, which
 * checks it, integrates it, writes what it changed to the log and only then relays it.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { isFacilitatorRoot } from '../../../shared/workshop/roots';
import type { HubLogger } from '../options';
import type { RoomMeta } from '../storage/roomMeta';
import type { RoomStore } from '../storage/roomStore';
import { StorageWriteError } from '../storage/storageTypes';
import { decodeAwarenessEntries, encodeAwarenessEntries } from './awarenessFilter';
import { encodeAwarenessMessage, encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from './messages';
import { messageOf, RoomPersistence, type ReplicaServices } from './roomPersistence';
import type { SyncPeer } from './syncPeer';
import { checkParticipantUpdate } from './writeGuard';

export type UpdateOutcome = 'applied' | 'refused' | 'malformed';

/** Close code for clients of a room that cannot be served from disk (WebSocket "internal error"). */
export const roomUnavailableCloseCode = 1011;

export class RoomReplica {
  doc: Y.Doc;
  /** Presence lives on its own doc so the room doc can be rebuilt without losing it. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  /** Each peer and the awareness client ids it controls (removed when it leaves). */
  readonly peers = new Map<SyncPeer, Set<number>>();
  /** Client ids facilitator connections announced; participants may not author under them. */
  private readonly facilitatorClientIds = new Set<number>();
  private readonly announcedPeers = new WeakSet<SyncPeer>();
  private captured: Uint8Array[] | null = null;
  /** The whole room as a sync-step-2 message, kept for newcomers (who ask with an empty state
   *  vector) until the next change: a late joiner's answer is then one send, not an encode. */
  private wholeRoomMessage: { doc: Y.Doc; message: Uint8Array } | null = null;
  private readonly persistence: RoomPersistence;
  /** The room's metadata records merged (see storage/roomMeta.ts), as last loaded. */
  meta: RoomMeta = {};
  /** Set when the room could not be reloaded from disk: it serves nobody until loaded afresh. */
  broken = false;
  private destroyed = false;

  constructor(
    readonly name: string,
    store: RoomStore,
    compactAfterBytes: number,
    private readonly logger: HubLogger,
    services: ReplicaServices,
  ) {
    this.persistence = new RoomPersistence(name, store, compactAfterBytes, logger, services);
    this.doc = this.loadDoc();
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  addPeer(peer: SyncPeer): void {
    this.peers.set(peer, new Set());
    peer.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(encodeAwarenessMessage(this.awareness, states));
  }

  removePeer(peer: SyncPeer): void {
    const controlled = this.peers.get(peer);
    if (!controlled) return;
    this.peers.delete(peer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
  }

  answerSyncStep1(peer: SyncPeer, stateVector: Uint8Array): void {
    if (!isEmptyStateVector(stateVector)) {
      peer.send(encodeSyncStep2(this.doc, stateVector));
      return;
    }
    if (this.wholeRoomMessage?.doc !== this.doc) {
      const doc = this.doc;
      this.wholeRoomMessage = { doc, message: encodeSyncStep2(doc, stateVector) };
      doc.once('update', () => {
        if (this.wholeRoomMessage?.doc === doc) this.wholeRoomMessage = null;
      });
    }
    peer.send(this.wholeRoomMessage.message);
  }

  requestSyncFrom(peer: SyncPeer): void {
    peer.send(encodeSyncStep1(this.doc));
  }

  answerAwarenessQuery(peer: SyncPeer): void {
    peer.send(encodeAwarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  receiveUpdate(update: Uint8Array, from: SyncPeer): UpdateOutcome {
    if (this.broken) return 'refused';
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      // Decoding reads the whole update, delete set included, so most malformed input fails
      // here, before the doc is touched.
      decoded = Y.decodeUpdate(update);
    } catch {
      return 'malformed';
    }
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return 'applied';
    if (from.role === 'participant') {
      const verdict = checkParticipantUpdate(decoded, this.doc, isFacilitatorRoot, this.facilitatorClientIds);
      if (!verdict.ok) {
        this.logger.warn(`room update from a participant refused (${verdict.reason})`);
        from.send(encodePermissionDenied(`update refused (${verdict.reason}); the hub will ask for it again later`));
        // It may be a facilitator's edit relayed over WebRTC before the facilitator's own copy
        // reached the hub; asking again later lets the participant's own edits through then.
        from.scheduleResync();
        return 'refused';
      }
    }
    const changes: Uint8Array[] = [];
    this.captured = changes;
    try {
      Y.applyUpdate(this.doc, update, from);
    } catch (error) {
      this.captured = null;
      // A failed integration may have left part of the update in the doc; the log has none of
      // it, so rebuilding from disk restores exactly what every client has been sent.
      this.logger.warn(`malformed update rejected (${String(error)}); reloading room from disk`);
      this.reloadFromDisk();
      return 'malformed';
    }
    this.captured = null;
    try {
      // One write for the whole update, so it is on disk entirely or not at all.
      if (changes.length > 0) this.persistence.append(changes.map((bytes) => ({ kind: 'update' as const, bytes })));
    } catch (error) {
      this.refuseUnsaved(from, error);
      return 'refused';
    }
    for (const change of changes) this.broadcast(encodeUpdateMessage(change), from);
    if (changes.length > 0) this.maybeScheduleCompaction();
    return 'applied';
  }

  receiveAwareness(update: Uint8Array, from: SyncPeer): UpdateOutcome {
    let entries;
    try {
      entries = decodeAwarenessEntries(update);
    } catch {
      return 'malformed';
    }
    if (from.role === 'facilitator' && !this.announcedPeers.has(from)) {
      // y-websocket's first awareness message carries only the client's own id.
      this.announcedPeers.add(from);
      if (entries.length === 1) this.facilitatorClientIds.add(entries[0]!.clientId);
    }
    const allowed = entries.filter((entry) => this.mayControl(from, entry.clientId));
    if (allowed.length === 0) return entries.length === 0 ? 'applied' : 'refused';
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(allowed), from);
    return 'applied';
  }

  /** The whole state for a snapshot: what compaction writes and tests compare. */
  encodeState(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  /** True when some of the room is only in logs, which a compaction would fold into a snapshot. */
  hasRecordsSinceSnapshot(): boolean {
    return this.persistence.hasRecordsSinceSnapshot();
  }

  /** Folds the logs into a snapshot off the event loop; resolves (never rejects) when done. */
  compact(): Promise<void> {
    return this.persistence.compact(this.doc);
  }

  destroy(): void {
    this.destroyed = true;
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    this.persistence.close();
  }

  private mayControl(peer: SyncPeer, clientId: number): boolean {
    if (peer.role !== 'facilitator' && this.facilitatorClientIds.has(clientId)) return false;
    for (const [other, controlled] of this.peers) {
      if (other !== peer && controlled.has(clientId)) return false;
    }
    return true;
  }

  private broadcast(message: Uint8Array, except: SyncPeer | null): void {
    for (const peer of this.peers.keys()) {
      if (peer !== except) peer.send(message);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    if (this.captured) this.captured.push(update);
    else this.logger.error('room doc changed outside receiveUpdate; change not persisted');
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controlled = this.peers.get(origin as SyncPeer);
    if (controlled) {
      for (const id of added) controlled.add(id);
      for (const id of removed) controlled.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    this.broadcast(encodeAwarenessMessage(this.awareness, changed), (origin as SyncPeer) ?? null);
  };

  private loadDoc(): Y.Doc {
    const { doc, meta } = this.persistence.load();
    this.meta = meta;
    doc.on('update', this.onDocUpdate);
    return doc;
  }

  /**
   * The update is integrated but could not be written: nobody may see it, so the replica goes
   * back to exactly what is on disk, and the sender is told and asked again later (it keeps the
   * edit, so once writing works again its answer lands it).
   */
  private refuseUnsaved(from: SyncPeer, error: unknown): void {
    const detail = messageOf(error);
    this.logger.error(`room ${this.name}: ${detail}; the update is refused and the room reloaded from disk`);
    this.reloadFromDisk();
    const code = error instanceof StorageWriteError && error.code ? error.code : 'write failed';
    from.send(encodePermissionDenied(`storage: the hub could not save this edit (${code}); it will ask for it again later`));
    from.scheduleResync();
    this.persistence.report({ kind: 'storage-write', detail });
  }

  private reloadFromDisk(): void {
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
    try {
      this.doc = this.loadDoc();
    } catch (error) {
      // What clients were sent can no longer be told from what is on disk, so nobody may go on
      // working on this copy; reconnecting clients get a freshly loaded one (or a refusal).
      this.broken = true;
      this.doc = new Y.Doc();
      const detail = `could not reload the room from disk (${messageOf(error)})`;
      this.logger.error(`room ${this.name}: ${detail}; closing its connections`);
      this.persistence.report({ kind: 'load-failed', detail });
      for (const peer of [...this.peers.keys()]) peer.close(roomUnavailableCloseCode, 'room unavailable');
    }
  }

  private maybeScheduleCompaction(): void {
    this.persistence.compactWhenDue(() => (this.destroyed || this.broken ? null : this.doc));
  }
}

/** A state vector that names no client: the sender has nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  try {
    return Y.decodeStateVector(stateVector).size === 0;
  } catch {
    return false;
  }
}
