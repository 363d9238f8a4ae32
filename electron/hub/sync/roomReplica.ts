/**
 * The hub's replica of one room: a Y.Doc kept in step with every client, persisted through
 * RoomPersistence, plus the room's presence (awareness). Every change goes through
 * receiveUpdate: judged by what it did (judgedApply.ts), written to the log, and only then
 * relayed. A refused update is undone by rebuilding the replica from disk, which never holds
 * anything refused.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { HubLimits, HubLogger } from '../options';
import type { RoomMeta } from '../storage/roomMeta';
import type { RoomStore } from '../storage/roomStore';
import { StorageWriteError } from '../storage/storageTypes';
import type { StoredRecord } from '../storage/storedFile';
import { encodeAwarenessEntries } from './awarenessFilter';
import { ClientOwners } from './clientOwners';
import { applyJudged, transactionChanged } from './judgedApply';
import { encodeAwarenessChunks, encodeAwarenessMessage, encodeHubNotice, encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from './messages';
import { admitPresenceUpdate } from './presenceGate';
import { PeerBudget } from './peerBudget';
import { messageOf, RoomPersistence, type ReplicaServices } from './roomPersistence';
import type { SyncPeer } from './syncPeer';

export type UpdateOutcome = 'applied' | 'refused' | 'malformed';

/** Close code for clients of a room that cannot be served from disk (WebSocket "internal error"). */
export const roomUnavailableCloseCode = 1011;
/** Close code for a client that asked for the room too often (policy violation; it reconnects). */
const syncRequestsCloseCode = 1008;
/** What the smallest fresh sync answer counts as: computing its delete set walks the whole room. */
const minimumAnswerCost = 64 * 1024;

/** The limits a replica enforces itself (docs/HUB.md, "Limits"). */
export type ReplicaLimits = Pick<HubLimits, 'maxStructsPerUpdate' | 'roomQuotaBytes' | 'bytesPerPersonPerRoom' | 'refusalsPerMinute' | 'refusalsPerAddressPerMinute' | 'freshSyncBytesPerMinute' | 'freshSyncBytesPerAddressPerMinute' | 'maxPresenceStatesPerConnection'>;

const presenceChunkBytes = 64 * 1024;

export class RoomReplica {
  doc: Y.Doc;
  /** Presence lives on its own doc so the room doc can be rebuilt without losing it. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  /** Each peer and the awareness client ids it controls (removed when it leaves). */
  readonly peers = new Map<SyncPeer, Set<number>>();
  /** Which identity owns each Yjs client id (restored from the room's metadata). */
  private readonly owners = new ClientOwners();
  /** Refusals that cost a rebuild from disk. */
  private readonly rebuilds: PeerBudget;
  /** Bytes of sync answers encoded for one client alone. */
  private readonly freshAnswers: PeerBudget;
  /** Bytes each person has added to the room since it was loaded. */
  private readonly written = new Map<string, number>();
  private applying = false;
  /** The whole room as a sync-step-2 message, kept for newcomers (who ask with an empty state
   *  vector) until the next change: a late joiner's answer is then one send, not an encode. */
  private wholeRoomMessage: { doc: Y.Doc; message: Uint8Array } | null = null;
  private readonly persistence: RoomPersistence;
  /** What went wrong with the room's storage since it was loaded, for facilitators who connect. */
  private readonly problems: { kind: string; detail: string }[] = [];
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
    private readonly limits: ReplicaLimits,
  ) {
    this.persistence = new RoomPersistence(name, store, compactAfterBytes, logger, {
      ...services,
      // The facilitator's app is told as well as the hub's owner: it is who can act on it.
      reportProblem: (problem) => {
        this.problems.push({ kind: problem.kind, detail: problem.detail });
        if (this.problems.length > 20) this.problems.shift();
        this.noticeToFacilitators(problem.kind, problem.detail);
        services.reportProblem(problem);
      },
    });
    this.rebuilds = new PeerBudget(limits.refusalsPerMinute, limits.refusalsPerAddressPerMinute);
    this.freshAnswers = new PeerBudget(limits.freshSyncBytesPerMinute, limits.freshSyncBytesPerAddressPerMinute);
    this.doc = this.loadDoc();
    this.owners.load(this.meta.clients);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  addPeer(peer: SyncPeer): void {
    this.peers.set(peer, new Set());
    peer.send(encodeSyncStep1(this.doc));
    if (peer.writer.role === 'facilitator' && peer.wantsNotices) for (const problem of this.problems) peer.send(encodeHubNotice(problem));
    const states = [...this.awareness.getStates().keys()];
    for (const message of encodeAwarenessChunks(this.awareness, states, presenceChunkBytes)) peer.send(message);
  }

  removePeer(peer: SyncPeer): void {
    const controlled = this.peers.get(peer);
    if (!controlled) return;
    this.peers.delete(peer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
  }

  /** Ends every connection of one identity (expelled) with the given close code. */
  closePeersOf(identity: string, code: number, reason: string): void {
    for (const peer of [...this.peers.keys()]) if (peer.writer.id === identity) peer.close(code, reason);
  }

  closeAllPeers(code: number, reason: string): void {
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
  }

  answerSyncStep1(peer: SyncPeer, stateVector: Uint8Array): void {
    if (!isEmptyStateVector(stateVector)) {
      if (this.freshAnswers.spent(peer)) {
        this.logger.warn(`room ${this.name}: ${peer.writer.role} ${peer.writer.id} asked for the room too often; closing the connection`);
        peer.close(syncRequestsCloseCode, 'too many sync requests');
        return;
      }
      const answer = encodeSyncStep2(this.doc, stateVector);
      this.freshAnswers.record(peer, Math.max(answer.length, minimumAnswerCost));
      peer.send(answer);
      return;
    }
    if (this.wholeRoomMessage?.doc !== this.doc) {
      const doc = this.doc;
      this.wholeRoomMessage = { doc, message: encodeSyncStep2(doc, stateVector) };
    }
    peer.send(this.wholeRoomMessage.message);
  }

  requestSyncFrom(peer: SyncPeer): void {
    peer.send(encodeSyncStep1(this.doc));
  }

  answerAwarenessQuery(peer: SyncPeer): void {
    for (const message of encodeAwarenessChunks(this.awareness, [...this.awareness.getStates().keys()], presenceChunkBytes)) peer.send(message);
  }

  receiveUpdate(update: Uint8Array, from: SyncPeer): UpdateOutcome {
    if (this.broken) return 'refused';
    const writer = from.writer;
    const participant = writer.role !== 'facilitator';
    if (this.rebuilds.spent(from)) return this.refuse(from, 'cooling-down');
    if (participant && this.overQuota(writer.id, update.length)) return this.refuse(from, 'room-full');
    this.applying = true;
    let result: ReturnType<typeof applyJudged>;
    try {
      result = applyJudged(this.doc, update, writer, { mayAuthor: (client, known) => this.owners.mayAuthor(writer, client, known), maxStructs: this.limits.maxStructsPerUpdate });
    } finally {
      this.applying = false;
    }
    if (result.outcome === 'unchanged') return 'applied';
    if (result.outcome === 'malformed') {
      if (result.touched) {
        // As costly as a judged refusal (a rebuild from disk), so it counts against the same
        // budget: reconnecting after each such frame must not buy another rebuild.
        this.reloadFromDisk();
        this.rebuilds.record(from);
      }
      return 'malformed';
    }
    if (result.outcome === 'refused') {
      if (result.touched) {
        // Integrated and then refused: the replica goes back to exactly what is on disk.
        this.reloadFromDisk();
        this.rebuilds.record(from);
      }
      this.logger.warn(`room ${this.name}: an update from ${writer.role} ${writer.id} refused (${result.reason}${result.where ? ` at ${result.where}` : ''})`);
      // Out of order: the client has what the hub lacks and will send it when asked.
      if (result.reason === 'out-of-order') from.scheduleResync();
      return this.refuse(from, result.reason);
    }
    const bindings = participant ? this.owners.bindingsFor(writer, result.clients) : undefined;
    const records: StoredRecord[] = [...(bindings ? [{ kind: 'meta' as const, value: { clients: bindings } }] : []), ...result.changes.map((bytes) => ({ kind: 'update' as const, bytes }))];
    try {
      // One write for the whole update, so it is on disk entirely or not at all.
      this.persistence.append(records);
    } catch (error) {
      this.refuseUnsaved(from, error);
      return 'refused';
    }
    if (bindings) this.owners.commit(bindings);
    if (participant) this.written.set(writer.id, (this.written.get(writer.id) ?? 0) + update.length);
    for (const change of result.changes) this.broadcast(encodeUpdateMessage(change), from);
    this.maybeScheduleCompaction();
    return 'applied';
  }

  receiveAwareness(update: Uint8Array, from: SyncPeer): UpdateOutcome {
    const verdict = admitPresenceUpdate(update, from, {
      owners: this.owners,
      known: (client) => Y.getState(this.doc.store, client),
      peers: this.peers,
      persistBindings: (bindings) => this.persistBindings(bindings),
      maxStatesPerConnection: this.limits.maxPresenceStatesPerConnection,
    });
    if (verdict.outcome === 'malformed') return 'malformed';
    if (verdict.entries.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(verdict.entries), from);
    return 'applied';
  }

  /** Tells the room's facilitators something they should act on (storage, size). */
  noticeToFacilitators(kind: string, detail: string): void {
    this.broadcastToFacilitators(encodeHubNotice({ kind, detail }));
  }

  broadcastToFacilitators(message: Uint8Array): void {
    for (const peer of this.peers.keys()) if (peer.writer.role === 'facilitator' && peer.wantsNotices) peer.send(message);
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

  private refuse(from: SyncPeer, reason: string): UpdateOutcome {
    from.send(encodePermissionDenied(`update refused (${reason})`));
    return 'refused';
  }

  /**
   * The room's quota (about what it takes on disk, which errs high) and each person's share of
   * it: a participant cannot fill the room for everyone, and the room stays well below what a
   * newcomer's app accepts in its first sync.
   */
  private overQuota(identity: string, bytes: number): boolean {
    if ((this.written.get(identity) ?? 0) + bytes > this.limits.bytesPerPersonPerRoom) return true;
    if (this.persistence.sizeBytes() + bytes <= this.limits.roomQuotaBytes) return false;
    this.noticeToFacilitators('room-full', `${Math.round(this.persistence.sizeBytes() / 1024)} KiB`);
    return true;
  }

  private persistBindings(bindings: Record<string, string>): boolean {
    try {
      this.persistence.append([{ kind: 'meta', value: { clients: bindings } }]);
      return true;
    } catch (error) {
      this.logger.warn(`room ${this.name}: could not store who holds client ids ${Object.keys(bindings).join(', ')} (${messageOf(error)})`);
      return false;
    }
  }

  private broadcast(message: Uint8Array, except: SyncPeer | null): void {
    for (const peer of this.peers.keys()) {
      if (peer !== except) peer.send(message);
    }
  }

  /**
   * Watches every transaction rather than listening for 'update': a listener for 'update' makes
   * Yjs encode each change, which the replica mostly does without (judgedApply.ts).
   */
  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (!transactionChanged(transaction)) return;
    this.wholeRoomMessage = null;
    if (!this.applying) this.logger.error('room doc changed outside receiveUpdate; change not persisted');
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
    doc.on('afterTransaction', this.onTransaction);
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
    from.send(encodePermissionDenied(`update refused (storage): the hub could not save this edit (${code}); it will ask for it again later`));
    from.scheduleResync();
    this.persistence.report({ kind: 'storage-write', detail });
  }

  private reloadFromDisk(): void {
    this.doc.off('afterTransaction', this.onTransaction);
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
      this.closeAllPeers(roomUnavailableCloseCode, 'room unavailable');
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
