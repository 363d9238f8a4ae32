/**
 * The record format of current log and snapshot files. Every record stands alone, so one damaged
 * record costs only itself: the reader skips to the next record marker whose header checksum
 * holds and keeps everything from there on.
 *
 *   offset  0  marker       4 bytes F5 42 52 5A ("\xF5BRZ"; F5 never occurs in UTF-8 text)
 *           4  kind         u8 (1 = Yjs v1 update, 2 = room metadata as UTF-8 JSON)
 *           5  reserved     3 zero bytes
 *           8  length       u32 LE, payload bytes
 *          12  payload CRC  u32 LE, CRC-32 of the payload
 *          16  header CRC   u32 LE, CRC-32 of bytes 0-15
 *          20  payload
 *
 * The header checksum is what makes resynchronising safe: a marker that happens to occur inside
 * a payload is accepted only if the 12 bytes after it also check out.
 */
import { crc32 } from 'node:zlib';

export const recordMarker = Buffer.from([0xf5, 0x42, 0x52, 0x5a]);
export const recordHeaderBytes = 20;

export const recordKinds = { update: 1, meta: 2 } as const;
export type RecordKindCode = (typeof recordKinds)[keyof typeof recordKinds];

export interface RawRecord {
  kind: number;
  payload: Uint8Array;
}

/** A stretch of bytes that held no intact record. */
export interface DamagedStretch {
  offset: number;
  bytes: number;
  /** How many records the stretch held, as far as their markers tell (at least one). */
  records: number;
}

export interface ReadResult {
  records: RawRecord[];
  damaged: DamagedStretch[];
}

export function encodeRecord(kind: RecordKindCode, payload: Uint8Array): Buffer {
  const record = Buffer.alloc(recordHeaderBytes + payload.length);
  recordMarker.copy(record, 0);
  record.writeUInt8(kind, 4);
  record.writeUInt32LE(payload.length, 8);
  record.writeUInt32LE(crc32(payload), 12);
  record.writeUInt32LE(crc32(record.subarray(0, 16)), 16);
  record.set(payload, recordHeaderBytes);
  return record;
}

/** Reads every intact record from `start` to the end of `bytes`, skipping damaged stretches. */
export function readRecords(bytes: Buffer, start: number): ReadResult {
  const records: RawRecord[] = [];
  const damaged: DamagedStretch[] = [];
  let offset = start;
  while (offset < bytes.length) {
    const record = recordAt(bytes, offset);
    if (record) {
      records.push({ kind: record.kind, payload: record.payload });
      offset = record.end;
      continue;
    }
    // A header that checks out tells where its record ends even when the payload does not, so
    // nothing inside that payload is mistaken for a record.
    const next = nextRecordOffset(bytes, Math.max(offset + 1, trustedEnd(bytes, offset)));
    damaged.push({ offset, bytes: next - offset, records: Math.max(1, countMarkers(bytes, offset, next)) });
    offset = next;
  }
  return { records, damaged };
}

function headerHolds(bytes: Buffer, offset: number): boolean {
  return (
    offset + recordHeaderBytes <= bytes.length &&
    bytes.subarray(offset, offset + 4).equals(recordMarker) &&
    crc32(bytes.subarray(offset, offset + 16)) === bytes.readUInt32LE(offset + 16)
  );
}

/** Where the record at `offset` ends if its header holds and fits in the file, else 0. */
function trustedEnd(bytes: Buffer, offset: number): number {
  if (!headerHolds(bytes, offset)) return 0;
  const end = offset + recordHeaderBytes + bytes.readUInt32LE(offset + 8);
  return end <= bytes.length ? end : 0;
}

function recordAt(bytes: Buffer, offset: number): { kind: number; payload: Uint8Array; end: number } | null {
  if (!headerHolds(bytes, offset)) return null;
  const length = bytes.readUInt32LE(offset + 8);
  const end = offset + recordHeaderBytes + length;
  if (end > bytes.length) return null;
  const payload = bytes.subarray(offset + recordHeaderBytes, end);
  if (crc32(payload) !== bytes.readUInt32LE(offset + 12)) return null;
  return { kind: bytes.readUInt8(offset + 4), payload, end };
}

/** The offset of the next intact record at or after `from`, or the end of `bytes`. */
function nextRecordOffset(bytes: Buffer, from: number): number {
  let candidate = bytes.indexOf(recordMarker, from);
  while (candidate !== -1) {
    if (recordAt(bytes, candidate)) return candidate;
    candidate = bytes.indexOf(recordMarker, candidate + 1);
  }
  return bytes.length;
}

function countMarkers(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  let candidate = bytes.indexOf(recordMarker, from);
  while (candidate !== -1 && candidate < to) {
    count++;
    candidate = bytes.indexOf(recordMarker, candidate + 1);
  }
  return count;
}
