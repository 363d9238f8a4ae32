/**
 * One room's document on disk: a snapshot of the merged state plus an append-only log of the
 * updates integrated since. Appends go straight to the OS with a synchronous write, so an update
 * the hub has relayed survives the hub process being killed (fsync is optional, for power loss).
 *
 * Files in the room's directory:
 *   snapshot.bin  magic "BRZSNAP1" + one framed record (a Yjs update of the whole state)
 *   updates.log   magic "BRZLOG01" + framed records (Yjs v1 updates), appended in order
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, ftruncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { HubLogger } from '../options';
import { frameRecord, readRecords } from './framing';

const logMagic = Buffer.from('BRZLOG01');
const snapshotMagic = Buffer.from('BRZSNAP1');

export interface LoadedRoomState {
  /** Snapshot first (if any), then log records in order. Apply them all to rebuild the doc. */
  updates: Uint8Array[];
}

export class RoomStore {
  private logFd: number | null = null;
  private logBytes = 0;
  private snapshotBytes = 0;

  constructor(
    private readonly dir: string,
    private readonly logger: HubLogger,
    private readonly fsyncEachUpdate: boolean,
  ) {}

  private get logPath(): string {
    return join(this.dir, 'updates.log');
  }

  private get snapshotPath(): string {
    return join(this.dir, 'snapshot.bin');
  }

  /** Reads snapshot and log, cuts off a damaged log tail, and opens the log for appending. */
  load(): LoadedRoomState {
    mkdirSync(this.dir, { recursive: true });
    const updates: Uint8Array[] = [];
    if (existsSync(this.snapshotPath)) {
      const bytes = readFileSync(this.snapshotPath);
      const { records } = hasMagic(bytes, snapshotMagic) ? readRecords(bytes, snapshotMagic.length) : { records: [] };
      const snapshot = records[0];
      if (snapshot) {
        updates.push(snapshot);
        this.snapshotBytes = snapshot.length;
      } else {
        // The rename in compact() is atomic, so this means the file was damaged after the fact.
        this.logger.error(`room snapshot ${this.snapshotPath} is unreadable; loading the log only`);
      }
    }
    let intactLength = logMagic.length;
    if (existsSync(this.logPath)) {
      const bytes = readFileSync(this.logPath);
      if (hasMagic(bytes, logMagic)) {
        const result = readRecords(bytes, logMagic.length);
        updates.push(...result.records);
        intactLength = result.intactLength;
        if (result.damagedBytes > 0) {
          this.logger.warn(`room log ${this.logPath}: skipped a damaged tail of ${result.damagedBytes} bytes after ${result.records.length} intact records (a write cut short by a crash)`);
        }
      } else if (bytes.length > 0) {
        this.logger.warn(`room log ${this.logPath} has no header; starting a fresh log`);
      }
    }
    this.logFd = openSync(this.logPath, existsSync(this.logPath) ? 'r+' : 'w+');
    // Cutting the damaged tail keeps later appends reachable: records after garbage are unreadable.
    ftruncateSync(this.logFd, Math.max(intactLength, logMagic.length));
    if (intactLength <= logMagic.length) writeSync(this.logFd, logMagic, 0, logMagic.length, 0);
    this.logBytes = Math.max(intactLength, logMagic.length);
    return { updates };
  }

  append(update: Uint8Array): void {
    if (this.logFd === null) throw new Error('room store is not open');
    const record = frameRecord(update);
    writeSync(this.logFd, record, 0, record.length, this.logBytes);
    if (this.fsyncEachUpdate) fsyncSync(this.logFd);
    this.logBytes += record.length;
  }

  /** True when the log has grown enough that replaying it costs more than rewriting the snapshot. */
  shouldCompact(thresholdBytes: number): boolean {
    return this.logBytes - logMagic.length > Math.max(thresholdBytes, this.snapshotBytes);
  }

  /**
   * Replaces the snapshot with the full merged state, then empties the log. A crash between the
   * two steps leaves a new snapshot and an old log whose updates it already contains; replaying
   * them again is harmless because Yjs updates are idempotent.
   */
  compact(fullState: Uint8Array): void {
    if (this.logFd === null) throw new Error('room store is not open');
    const tempPath = `${this.snapshotPath}.tmp`;
    const fd = openSync(tempPath, 'w');
    try {
      writeSync(fd, snapshotMagic);
      writeSync(fd, frameRecord(fullState));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tempPath, this.snapshotPath);
    syncDirectory(this.dir);
    ftruncateSync(this.logFd, logMagic.length);
    fsyncSync(this.logFd);
    this.logBytes = logMagic.length;
    this.snapshotBytes = fullState.length;
  }

  close(): void {
    if (this.logFd !== null) closeSync(this.logFd);
    this.logFd = null;
  }
}

function hasMagic(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is fine. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only: the snapshot is already complete under its final name.
  }
}
