/**
 * What the storage layer tells the rest of the hub: damage it found and worked around, writes
 * that failed, and the problems the facilitator's app is told about.
 */

/** One damaged file found while loading a room, and what became of it. */
export interface StorageDamage {
  /** The file as it was named when found. */
  file: string;
  /** Where its bytes are kept, untouched, for a closer look; nothing reads or deletes it. */
  keptAs: string;
  skippedRecords: number;
  skippedBytes: number;
  /**
   * True when nothing else on disk holds what was skipped: the room misses those edits until a
   * client that still has them reconnects and sends them again. False when an older generation
   * covered for it.
   */
  dataLost: boolean;
  /** One line for logs and for the facilitator. */
  description: string;
}

/** An append that did not reach the file; nothing of it may be relayed or acknowledged. */
export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
  /** The system error code (ENOSPC, EFBIG, EIO...) when there is one. */
  readonly code: string | undefined;

  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

/** The writes a room store makes when appending: node:fs by default, replaceable in tests. */
export interface StorageIo {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fsyncSync(fd: number): void;
}

export type RoomProblemKind = 'storage-write' | 'storage-damage' | 'load-failed';

export interface RoomProblem {
  kind: RoomProblemKind;
  detail: string;
  /** For storage-damage: each damaged file. */
  damage?: StorageDamage[];
}
