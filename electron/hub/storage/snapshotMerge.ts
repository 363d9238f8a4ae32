/**
 * The work of a compaction: merge a room's older generations into one snapshot and put it in
 * place only once it is proven readable. Runs in the compaction worker (compactionWorker.ts), or
 * on the main thread if no worker could start; it touches no state outside its files.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import * as Y from 'yjs';
import { syncDirectory, writeFully } from './durableFiles';
import { emptyRoomMeta, hasRoomMeta, mergeRoomMeta } from './roomMeta';
import { encodeRecords, fileHeader, isCompleteSnapshot, parseStoredFile, type FileRole, type StoredRecord } from './storedFile';

export interface CompactionJob {
  dir: string;
  /** The base snapshot (if any) and then every log since, in order. */
  inputs: Array<{ path: string; role: FileRole }>;
  /** The snapshot to write: the first file of generation `generation`. */
  output: string;
  generation: number;
  /** The oldest generation to keep once the snapshot is in place (the previous base), or null for all. */
  keepFrom: number | null;
  /** The replica's state when the job began; a snapshot that differs is not put in place. */
  expectedStateVector: Uint8Array;
}

export interface MergeResult {
  snapshotBytes: number;
}

export function mergeIntoSnapshot(job: CompactionJob): MergeResult {
  const doc = new Y.Doc({ gc: true });
  const meta = emptyRoomMeta();
  for (const input of job.inputs) {
    const parsed = parseStoredFile(readFileSync(input.path), input.role);
    // The replica was loaded from repaired files; damage found now is new, and a snapshot
    // built without it would make the loss permanent once older generations are deleted.
    if (parsed.damagedBytes > 0 || parsed.format === 'unrecognised') throw new Error(`${basename(input.path)} is damaged; no snapshot is written`);
    Y.transact(doc, () => {
      for (const record of parsed.records) {
        if (record.kind === 'meta') mergeRoomMeta(meta, record.value);
        else applyLikeTheReplica(doc, record.bytes);
      }
    });
  }
  if (!sameStateVector(Y.encodeStateVector(doc), job.expectedStateVector)) {
    throw new Error('the merged files do not match the room in memory; no snapshot is written');
  }
  const records: StoredRecord[] = [{ kind: 'update', bytes: Y.encodeStateAsUpdate(doc) }];
  if (hasRoomMeta(meta)) records.push({ kind: 'meta', value: meta });
  doc.destroy();
  const bytes = Buffer.concat([fileHeader('snapshot'), encodeRecords(records)]);

  const temp = `${job.output}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeFully(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  verifySnapshot(temp, bytes);
  renameSync(temp, job.output);
  syncDirectory(job.dir);
  return { snapshotBytes: bytes.length };
}

/** Reads the written file back: same bytes, checksums hold, and the update decodes. */
function verifySnapshot(path: string, written: Buffer): void {
  const readBack = readFileSync(path);
  const parsed = parseStoredFile(readBack, 'snapshot');
  if (!readBack.equals(written) || !isCompleteSnapshot(parsed)) throw new Error(`${basename(path)} did not read back as written`);
  for (const record of parsed.records) if (record.kind === 'update') Y.decodeUpdate(record.bytes);
}

/** A record the replica could not apply when it loaded was skipped there; it is skipped here too. */
function applyLikeTheReplica(doc: Y.Doc, update: Uint8Array): void {
  try {
    Y.applyUpdate(doc, update);
  } catch {
    // Skipped on both sides, so the state vectors still agree.
  }
}

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const left = Y.decodeStateVector(a);
  const right = Y.decodeStateVector(b);
  if (left.size !== right.size) return false;
  for (const [client, clock] of left) if (right.get(client) !== clock) return false;
  return true;
}
