/**
 * Keeps the replicas of rooms that are in use. A replica is loaded from disk by the first
 * connection (after a restart too) and unloaded, compacted, once it has been idle for a while,
 * so a hub that served many workshops does not keep them all in memory. A room that cannot be
 * loaded is refused to that connection and reported; it never takes the hub down.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubLimits, HubLogger } from '../options';
import { sharedCompactor, type Compactor } from '../storage/compactor';
import { RoomStore } from '../storage/roomStore';
import type { RoomProblem, StorageIo } from '../storage/storageTypes';
import type { ReplicaServices } from './roomPersistence';
import { RoomReplica, type ReplicaLimits } from './roomReplica';
import type { SyncPeer } from './syncPeer';

export interface RoomReplicasOptions {
  dataDir: string;
  compactAfterBytes: number;
  fsyncEachUpdate: boolean;
  idleUnloadMs: number;
  logger: HubLogger;
  onRoomProblem?: (room: string, problem: RoomProblem) => void;
  storageIo?: StorageIo;
  compactor?: Compactor;
  limits: ReplicaLimits & Pick<HubLimits, 'maxSyncFrameBytes'>;
}

/** Close code for the clients of a room the facilitator deleted: y-websocket gives up for good
 *  on 4400-4499, which is right, since the room will not come back. */
export const roomForgottenCloseCode = 4404;

/** Thrown by join when a room's files cannot be read; already logged and reported. */
export class RoomUnavailableError extends Error {
  override readonly name = 'RoomUnavailableError';
}

/** Room names differ only in case on some filesystems; a hash of the name never collides there. */
export function roomDirectory(dataDir: string, room: string): string {
  return join(dataDir, 'rooms', createHash('sha256').update(room).digest('hex').slice(0, 32));
}

export class RoomReplicas {
  private readonly loaded = new Map<string, RoomReplica>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Compactions under way; closeAll waits for them. */
  private readonly compactions = new Set<Promise<void>>();
  private readonly compactor: Compactor;

  constructor(private readonly options: RoomReplicasOptions) {
    this.compactor = options.compactor ?? sharedCompactor();
  }

  join(room: string, peer: SyncPeer): RoomReplica {
    const replica = this.load(room);
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
    replica.addPeer(peer);
    return replica;
  }

  leave(replica: RoomReplica, peer: SyncPeer): void {
    replica.removePeer(peer);
    this.unloadWhenIdle(replica);
  }

  /** A room's state for inspection (tests, export); a replica loaded only for this is unloaded later. */
  inspect(room: string): Uint8Array {
    const replica = this.load(room);
    this.unloadWhenIdle(replica);
    return replica.encodeState();
  }

  private unloadWhenIdle(replica: RoomReplica): void {
    if (replica.peers.size > 0 || this.loaded.get(replica.name) !== replica || this.unloadTimers.has(replica.name)) return;
    const timer = setTimeout(() => this.unload(replica.name), this.options.idleUnloadMs);
    timer.unref();
    this.unloadTimers.set(replica.name, timer);
  }

  private load(room: string): RoomReplica {
    const existing = this.loaded.get(room);
    if (existing && !existing.broken) return existing;
    // A replica that lost its footing on disk is dropped without compaction and loaded afresh.
    if (existing) this.unload(room);
    const { logger } = this.options;
    const services: ReplicaServices = {
      compactor: this.compactor,
      compactionStarted: (done) => {
        this.compactions.add(done);
        void done.finally(() => this.compactions.delete(done));
      },
      reportProblem: (problem) => this.report(room, problem),
    };
    const dir = roomDirectory(this.options.dataDir, room);
    let store: RoomStore | null = null;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'room-name.txt'), `${room}\n`);
      store = new RoomStore(dir, logger, this.options.fsyncEachUpdate, this.options.storageIo);
      const replica = new RoomReplica(room, store, this.options.compactAfterBytes, logger, services, this.options.limits);
      this.loaded.set(room, replica);
      return replica;
    } catch (error) {
      store?.close();
      const detail = `could not load the room from ${dir} (${error instanceof Error ? error.message : String(error)})`;
      logger.error(`room ${room}: ${detail}`);
      this.report(room, { kind: 'load-failed', detail });
      throw new RoomUnavailableError(detail, { cause: error });
    }
  }

  private report(room: string, problem: RoomProblem): void {
    try {
      this.options.onRoomProblem?.(room, problem);
    } catch (error) {
      this.options.logger.error(`the room problem handler threw (${String(error)})`);
    }
  }

  get loadedCount(): number {
    return this.loaded.size;
  }

  get peerCount(): number {
    let count = 0;
    for (const replica of this.loaded.values()) count += replica.peers.size;
    return count;
  }

  /** Unloads every room and waits for their compactions, so a graceful stop leaves snapshots. */
  async closeAll(): Promise<void> {
    for (const room of [...this.loaded.keys()]) this.unload(room);
    await Promise.all([...this.compactions]);
  }

  /** A loaded room's replica, for the facilitator's controls (expel, notices). */
  loadedRoom(room: string): RoomReplica | undefined {
    return this.loaded.get(room);
  }

  /**
   * Deletes a room's data for good: its connections are closed, its replica dropped without a
   * last compaction, and its directory (snapshots, logs, damaged copies) removed. Waits for a
   * compaction of it that is already under way, so no worker writes into the folder afterwards.
   */
  async forget(room: string): Promise<void> {
    const replica = this.loaded.get(room);
    replica?.closeAllPeers(roomForgottenCloseCode, 'workshop deleted');
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
    if (replica) {
      this.loaded.delete(room);
      replica.destroy();
    }
    await Promise.all([...this.compactions]);
    rmSync(roomDirectory(this.options.dataDir, room), { recursive: true, force: true });
  }

  private unload(room: string): void {
    const replica = this.loaded.get(room);
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
    if (!replica) return;
    this.loaded.delete(room);
    if (!replica.broken && replica.hasRecordsSinceSnapshot()) void replica.compact();
    replica.destroy();
  }
}
