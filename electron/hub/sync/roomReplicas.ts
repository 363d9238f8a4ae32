/**
 * Keeps the replicas of rooms that are in use. A replica is loaded from disk by the first
 * connection (after a restart too) and unloaded, compacted, once it has been idle for a while,
 * so a hub that served many workshops does not keep them all in memory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubLogger } from '../options';
import { RoomStore } from '../storage/roomStore';
import { RoomReplica } from './roomReplica';
import type { SyncPeer } from './syncPeer';

export interface RoomReplicasOptions {
  dataDir: string;
  compactAfterBytes: number;
  fsyncEachUpdate: boolean;
  idleUnloadMs: number;
  logger: HubLogger;
}

/** Room names differ only in case on some filesystems; a hash of the name never collides there. */
export function roomDirectory(dataDir: string, room: string): string {
  return join(dataDir, 'rooms', createHash('sha256').update(room).digest('hex').slice(0, 32));
}

export class RoomReplicas {
  private readonly loaded = new Map<string, RoomReplica>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: RoomReplicasOptions) {}

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
    let replica = this.loaded.get(room);
    if (!replica) {
      const dir = roomDirectory(this.options.dataDir, room);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'room-name.txt'), `${room}\n`);
      const store = new RoomStore(dir, this.options.logger, this.options.fsyncEachUpdate);
      replica = new RoomReplica(room, store, this.options.compactAfterBytes, this.options.logger);
      this.loaded.set(room, replica);
    }
    return replica;
  }

  get loadedCount(): number {
    return this.loaded.size;
  }

  get peerCount(): number {
    let count = 0;
    for (const replica of this.loaded.values()) count += replica.peers.size;
    return count;
  }

  closeAll(): void {
    for (const room of [...this.loaded.keys()]) this.unload(room);
  }

  private unload(room: string): void {
    const replica = this.loaded.get(room);
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
    if (!replica) return;
    this.loaded.delete(room);
    try {
      replica.compactNow();
    } catch (error) {
      this.options.logger.error(`could not compact room on unload (${String(error)}); its log is kept`);
    }
    replica.destroy();
  }
}
