/**
 * Reads a room's files back into the records that rebuild it, keeping everything intact:
 *
 * - The base is the snapshot snapshotChoice.ts picks (an incomplete newer one is set aside and
 *   the previous generation stands in for it).
 * - A log with damaged records gives up only those: the file is kept aside as it was, and a
 *   fresh copy of its intact records replaces it so that appends continue on clean ground.
 * - Nothing here truncates, overwrites or deletes a file that holds data.
 *
 * Errors from the filesystem itself (a directory where a file should be, permission denied) are
 * thrown: the caller refuses the room rather than guess.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { keepCopyAside, removeFile, writeFileDurably } from './durableFiles';
import { listRoomFiles, type GenerationFile, type RoomFiles } from './generations';
import { emptyRoomMeta, mergeRoomMeta, type RoomMeta } from './roomMeta';
import { chooseBaseSnapshot } from './snapshotChoice';
import type { StorageDamage } from './storageTypes';
import { encodeRecords, fileHeader, parseStoredFile, type ParsedFile, type StoredRecord } from './storedFile';

export interface LoadedRoom {
  /** Yjs v1 updates in the order they apply: the snapshot's, then each log's. */
  updates: Uint8Array[];
  meta: RoomMeta;
  damage: StorageDamage[];
}

export interface LoadedLayout {
  /** The room's files after the load (damaged ones set aside). */
  files: RoomFiles;
  /** The snapshot the load started from, if any. */
  base: { generation: number; bytes: number } | null;
  /** The newest log, if appends may continue in it (current format, not older than the base). */
  appendable: { generation: number; path: string; bytes: number } | null;
}

export function loadRoomFiles(dir: string, removeTemporary: boolean): LoadedRoom & { layout: LoadedLayout } {
  // A .tmp file is a snapshot or repair that never completed: its data is still in the files it
  // would have replaced. (Not while a compaction of this room is writing one.)
  if (removeTemporary) for (const temp of listRoomFiles(dir).temporary) removeFile(temp);
  const { base, damage } = chooseBaseSnapshot(listRoomFiles(dir));
  const files = listRoomFiles(dir);

  const records: StoredRecord[] = base ? [...base.records] : [];
  let appendable: LoadedLayout['appendable'] = null;
  for (const file of files.logs) {
    if (base && file.generation < base.generation) continue;
    const { parsed, bytes } = readLog(file, damage);
    records.push(...parsed.records);
    appendable = parsed.format === 'current' ? { generation: file.generation, path: file.path, bytes } : null;
  }

  const updates: Uint8Array[] = [];
  const meta = emptyRoomMeta();
  for (const record of records) {
    if (record.kind === 'update') updates.push(record.bytes);
    else mergeRoomMeta(meta, record.value);
  }
  return { updates, meta, damage, layout: { files, base: base ? { generation: base.generation, bytes: base.bytes } : null, appendable } };
}

/** Reads one log; a damaged one is kept aside and replaced by a copy of its intact records. */
function readLog(file: GenerationFile, damage: StorageDamage[]): { parsed: ParsedFile; bytes: number } {
  const bytes = readFileSync(file.path);
  const parsed = parseStoredFile(bytes, 'log');
  if (parsed.damagedBytes === 0 && parsed.format !== 'unrecognised') return { parsed, bytes: bytes.length };
  const keptAs = keepCopyAside(file.path);
  const repaired = Buffer.concat([fileHeader('log'), encodeRecords(parsed.records)]);
  writeFileDurably(file.path, repaired);
  damage.push({
    file: file.path,
    keptAs,
    skippedRecords: parsed.damagedRecords,
    skippedBytes: parsed.damagedBytes,
    dataLost: parsed.damagedRecords > 0,
    description: `log ${basename(file.path)}: skipped ${parsed.damagedRecords} damaged records (${parsed.damagedBytes} bytes) and kept ${parsed.records.length}; the file is kept as ${basename(keptAs)}`,
  });
  return { parsed: { ...parsed, format: 'current' }, bytes: repaired.length };
}
