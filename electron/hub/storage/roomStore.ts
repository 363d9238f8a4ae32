/**
 * One room's document on disk, by generations (see generations.ts): a snapshot of the merged
 * state plus a log of the records appended since. Appends go straight to the OS with one
 * synchronous write, so a record the hub has relayed survives the hub process being killed
 * (fsync is optional, for power loss). A failed append throws StorageWriteError and leaves the
 * file as it was.
 *
 * Compaction starts a new log generation for appends, then (in compactor.ts, off the event loop)
 * merges the older generations into the new generation's snapshot. The previous generation is
 * deleted only after a later snapshot has been verified, so an unreadable newest snapshot always
 * has a stand-in.
 */
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import type { HubLogger } from '../options';
import { removeFile, writeFileDurably, writeFully } from './durableFiles';
import { listRoomFiles, logPath, nextGeneration, snapshotPath } from './generations';
import { loadRoomFiles, type LoadedRoom } from './roomLoader';
import { isRoomMetaRecord } from './roomMeta';
import type { CompactionJob } from './snapshotMerge';
import { StorageWriteError, type StorageIo } from './storageTypes';
import { encodeRecords, fileHeader, type StoredRecord } from './storedFile';

export type { LoadedRoom } from './roomLoader';

export const nodeStorageIo: StorageIo = {
  writeSync: (fd, buffer, offset, length, position) => writeSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => fsyncSync(fd),
};

/** Rooms whose compaction is writing files right now, in this process. */
const compacting = new Set<string>();
const headerBytes = fileHeader('log').length;

interface OpenLog {
  fd: number;
  generation: number;
  path: string;
  /** Where the next record goes: the end of the last whole record. */
  bytes: number;
}

export class RoomStore {
  private log: OpenLog | null = null;
  private base: { generation: number; bytes: number } | null = null;

  constructor(
    private readonly dir: string,
    private readonly logger: HubLogger,
    private readonly fsyncEachUpdate: boolean,
    private readonly io: StorageIo = nodeStorageIo,
  ) {}

  /** Reads the room (setting damaged files aside) and opens its newest log for appending. */
  load(): LoadedRoom {
    this.close();
    mkdirSync(this.dir, { recursive: true });
    const { updates, meta, damage, layout } = loadRoomFiles(this.dir, !compacting.has(this.dir));
    for (const found of damage) this.logger.warn(`room files in ${this.dir}: ${found.description}`);
    this.base = layout.base;
    const { appendable } = layout;
    if (appendable && appendable.generation >= (layout.base?.generation ?? 0)) {
      this.log = { fd: openSync(appendable.path, 'r+'), generation: appendable.generation, path: appendable.path, bytes: appendable.bytes };
    } else {
      // A room in the first format, or a new room: appends start a log in the current format.
      this.log = this.createLog(nextGeneration(layout.files));
    }
    return { updates, meta, damage };
  }

  /**
   * Writes all `records` with one write call, so records that depend on each other (an update
   * and the metadata about its author) are on disk together or not at all.
   */
  append(records: StoredRecord[]): void {
    const log = this.log;
    if (!log) throw new StorageWriteError('the room store is not open', undefined);
    for (const record of records) {
      if (record.kind === 'meta' && !isRoomMetaRecord(record.value)) throw new TypeError('a metadata record must be an object of objects');
    }
    const bytes = encodeRecords(records);
    try {
      let written = 0;
      while (written < bytes.length) written += this.io.writeSync(log.fd, bytes, written, bytes.length - written, log.bytes + written);
      if (this.fsyncEachUpdate) this.io.fsyncSync(log.fd);
    } catch (error) {
      // Part of the records may have reached the file; cutting them off keeps the refused
      // update from coming back after a restart. If even that fails, the reader skips them.
      try {
        ftruncateSync(log.fd, log.bytes);
      } catch {
        // The next append overwrites from the same offset anyway.
      }
      throw new StorageWriteError(`could not write to ${basename(log.path)}: ${error instanceof Error ? error.message : String(error)}`, error);
    }
    log.bytes += bytes.length;
  }

  /**
   * About how many bytes the room takes: its snapshot plus what the current log holds. Counts
   * every overwritten value in the log, so it errs high, never low, until the next compaction.
   */
  sizeBytes(): number {
    return (this.base?.bytes ?? 0) + (this.log ? this.log.bytes - headerBytes : 0);
  }

  /** True when the current log has grown enough that replaying it costs more than a snapshot. */
  shouldCompact(thresholdBytes: number): boolean {
    if (!this.log || compacting.has(this.dir)) return false;
    return this.log.bytes - headerBytes > Math.max(thresholdBytes, this.base?.bytes ?? 0);
  }

  /** True when some records are in no snapshot yet. */
  hasRecordsSinceSnapshot(): boolean {
    const since = this.base?.generation ?? -1;
    try {
      return listRoomFiles(this.dir).logs.some((file) => file.generation >= since && statSync(file.path).size > headerBytes);
    } catch {
      return false; // a room whose files cannot be listed cannot be compacted either
    }
  }

  /**
   * Moves appends to a new log generation and returns the job that merges everything before it
   * into that generation's snapshot, or null while another compaction of this room runs.
   * `expectedStateVector` is the replica's state right now, which the snapshot must match.
   */
  beginCompaction(expectedStateVector: Uint8Array): CompactionJob | null {
    if (!this.log || compacting.has(this.dir)) return null;
    const files = listRoomFiles(this.dir);
    const generation = nextGeneration(files);
    const baseGeneration = this.base?.generation ?? null;
    const inputs = [
      ...files.snapshots.filter((file) => file.generation === baseGeneration),
      ...files.logs.filter((file) => baseGeneration === null || file.generation >= baseGeneration),
    ].map(({ path, role }) => ({ path, role }));
    const next = this.createLog(generation);
    closeSync(this.log.fd);
    this.log = next;
    compacting.add(this.dir);
    return { dir: this.dir, inputs, output: snapshotPath(this.dir, generation), generation, keepFrom: baseGeneration, expectedStateVector };
  }

  /**
   * After a compaction: on success the new snapshot is the base, and generations older than the
   * previous base are deleted (the previous one stays as the stand-in). On failure nothing is
   * deleted; the next compaction merges everything again.
   */
  finishCompaction(job: CompactionJob, snapshotBytes: number | null): void {
    compacting.delete(job.dir);
    if (snapshotBytes === null) return;
    this.base = { generation: job.generation, bytes: snapshotBytes };
    if (job.keepFrom === null) return;
    const files = listRoomFiles(this.dir);
    for (const file of [...files.snapshots, ...files.logs]) {
      if (file.generation >= job.keepFrom) continue;
      try {
        removeFile(file.path);
      } catch (error) {
        this.logger.warn(`could not delete ${file.path}, which a newer snapshot replaces (${String(error)})`);
      }
    }
  }

  close(): void {
    if (this.log) closeSync(this.log.fd);
    this.log = null;
  }

  private createLog(generation: number): OpenLog {
    const path = logPath(this.dir, generation);
    if (this.fsyncEachUpdate) {
      writeFileDurably(path, fileHeader('log'));
      return { fd: openSync(path, 'r+'), generation, path, bytes: headerBytes };
    }
    // Without fsync per update the hub promises to survive a killed process, not power loss, so
    // the new log is not worth two fsyncs on the event loop. A header cut short by power loss
    // reads as an empty log, and appends then start the next generation.
    const fd = openSync(path, 'wx+');
    writeFully(fd, fileHeader('log'), 0);
    return { fd, generation, path, bytes: headerBytes };
  }
}
