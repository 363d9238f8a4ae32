/**
 * The record format of the first log and snapshot files ("BRZLOG01", "BRZSNAP1"), still read so
 * that rooms written before the current format open: [u32 LE length][u32 LE CRC-32][payload].
 * Nothing writes it any more (except tests that need old files).
 *
 * These records carry no marker, so after a damaged one the reader looks for the next offset
 * whose length fits and whose checksum matches its payload. That search is bounded: a long run
 * of garbage ends it, and the rest of the file counts as damaged.
 */
import { crc32 } from 'node:zlib';
import type { DamagedStretch, ReadResult } from './recordFormat';
import { recordKinds } from './recordFormat';

const headerBytes = 8;
/** Bytes checksummed while searching for the next record, per byte of the file (and at least 64 MiB). */
const searchBudgetFactor = 16;

export function encodeLegacyRecord(payload: Uint8Array): Buffer {
  const framed = Buffer.alloc(headerBytes + payload.length);
  framed.writeUInt32LE(payload.length, 0);
  framed.writeUInt32LE(crc32(payload), 4);
  framed.set(payload, headerBytes);
  return framed;
}

/** Every intact record from `start` on; all are Yjs updates (the only kind this format held). */
export function readLegacyRecords(bytes: Buffer, start: number): ReadResult {
  const result: ReadResult = { records: [], damaged: [] };
  let budget = Math.max(64 * 1024 * 1024, bytes.length * searchBudgetFactor);
  let offset = start;
  while (offset < bytes.length) {
    const end = recordEnd(bytes, offset);
    if (end !== null) {
      result.records.push({ kind: recordKinds.update, payload: bytes.subarray(offset + headerBytes, end) });
      offset = end;
      continue;
    }
    let next = offset + 1;
    for (; next < bytes.length; next++) {
      const length = lengthAt(bytes, next);
      if (length === null) continue;
      budget -= length;
      if (budget < 0) {
        next = bytes.length;
        break;
      }
      if (recordEnd(bytes, next) !== null) break;
    }
    const stretch: DamagedStretch = { offset, bytes: Math.min(next, bytes.length) - offset, records: 1 };
    result.damaged.push(stretch);
    offset = Math.min(next, bytes.length);
  }
  return result;
}

/** The payload length at `offset` if a non-empty payload of that length fits in the file. */
function lengthAt(bytes: Buffer, offset: number): number | null {
  if (offset + headerBytes > bytes.length) return null;
  const length = bytes.readUInt32LE(offset);
  // An empty record is never written; refusing it keeps a run of zero bytes (a file extended
  // but never filled, after power loss) from reading as a stream of empty records.
  if (length === 0 || offset + headerBytes + length > bytes.length) return null;
  return length;
}

function recordEnd(bytes: Buffer, offset: number): number | null {
  const length = lengthAt(bytes, offset);
  if (length === null) return null;
  const end = offset + headerBytes + length;
  return crc32(bytes.subarray(offset + headerBytes, end)) === bytes.readUInt32LE(offset + 4) ? end : null;
}
