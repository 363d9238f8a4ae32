/**
 * The on-disk record format shared by the update log and the snapshot: each record is
 * [u32 LE payload length][u32 LE CRC-32 of payload][payload]. A record cut short by a crash
 * mid-write, or with bytes that do not match their checksum, ends the readable part of a file.
 */
import { crc32 } from 'node:zlib';

export const recordHeaderBytes = 8;

export function frameRecord(payload: Uint8Array): Buffer {
  const framed = Buffer.allocUnsafe(recordHeaderBytes + payload.length);
  framed.writeUInt32LE(payload.length, 0);
  framed.writeUInt32LE(crc32(payload), 4);
  framed.set(payload, recordHeaderBytes);
  return framed;
}

export interface ReadRecordsResult {
  records: Uint8Array[];
  /** Offset just past the last intact record: where the next append belongs. */
  intactLength: number;
  /** Bytes after the last intact record (a torn write or corruption). */
  damagedBytes: number;
}

export function readRecords(bytes: Buffer, start: number): ReadRecordsResult {
  const records: Uint8Array[] = [];
  let offset = start;
  while (offset + recordHeaderBytes <= bytes.length) {
    const length = bytes.readUInt32LE(offset);
    const checksum = bytes.readUInt32LE(offset + 4);
    const end = offset + recordHeaderBytes + length;
    if (end > bytes.length) break;
    const payload = bytes.subarray(offset + recordHeaderBytes, end);
    if (crc32(payload) !== checksum) break;
    records.push(payload);
    offset = end;
  }
  return { records, intactLength: offset, damagedBytes: bytes.length - offset };
}
