/**
 * Whole log and snapshot files: a magic header naming the file's role and format, then records.
 * Reading recognises the current format and the first one, keeps every intact record and says
 * how much was damaged; a file whose header is unrecognisable is still searched for records.
 */
import { encodeLegacyRecord, readLegacyRecords } from './legacyRecords';
import { encodeRecord, readRecords, recordHeaderBytes, recordKinds, type ReadResult } from './recordFormat';
import { isRoomMetaRecord, type RoomMeta } from './roomMeta';

export type StoredRecord = { kind: 'update'; bytes: Uint8Array } | { kind: 'meta'; value: RoomMeta };
export type FileRole = 'log' | 'snapshot';
export type FileFormat = 'current' | 'legacy' | 'unrecognised' | 'empty';

const magicBytes = 8;
const magics: Record<FileRole, { current: Buffer; legacy: Buffer }> = {
  log: { current: Buffer.from('BRZLOG02'), legacy: Buffer.from('BRZLOG01') },
  snapshot: { current: Buffer.from('BRZSNAP2'), legacy: Buffer.from('BRZSNAP1') },
};

export interface ParsedFile {
  format: FileFormat;
  records: StoredRecord[];
  damagedRecords: number;
  damagedBytes: number;
}

export function parseStoredFile(bytes: Buffer, role: FileRole): ParsedFile {
  const { current, legacy } = magics[role];
  const head = bytes.subarray(0, magicBytes);
  // A log created by a hub that stopped before its header reached the disk holds nothing yet.
  if (role === 'log' && bytes.length < magicBytes && current.subarray(0, bytes.length).equals(bytes)) {
    return { format: 'empty', records: [], damagedRecords: 0, damagedBytes: 0 };
  }
  if (head.equals(current)) return toParsedFile('current', readRecords(bytes, magicBytes));
  if (head.equals(legacy)) return toParsedFile('legacy', readLegacyRecords(bytes, magicBytes));
  const read = readRecords(bytes, 0);
  // A damaged header is not a lost record.
  const first = read.damaged[0];
  if (first && first.offset === 0 && first.bytes <= magicBytes) first.records = 0;
  return toParsedFile('unrecognised', read);
}

/** A snapshot is used only whole: nothing damaged, one update, at most one metadata record. */
export function isCompleteSnapshot(parsed: ParsedFile): boolean {
  return parsed.format !== 'unrecognised' && parsed.damagedBytes === 0 && holdsOneSnapshot(parsed.records);
}

/** The records a snapshot is made of: one update and at most one metadata record. */
export function holdsOneSnapshot(records: StoredRecord[]): boolean {
  const updates = records.filter((record) => record.kind === 'update').length;
  return updates === 1 && records.length - updates <= 1;
}

export function fileHeader(role: FileRole): Buffer {
  return magics[role].current;
}

export function encodeRecords(records: StoredRecord[]): Buffer {
  return Buffer.concat(records.map((record) =>
    record.kind === 'update'
      ? encodeRecord(recordKinds.update, record.bytes)
      : encodeRecord(recordKinds.meta, Buffer.from(JSON.stringify(record.value), 'utf8')),
  ));
}

/** A file in the first format, for tests that check old rooms still open. */
export function encodeLegacyFile(role: FileRole, updates: Uint8Array[]): Buffer {
  return Buffer.concat([magics[role].legacy, ...updates.map(encodeLegacyRecord)]);
}

function toParsedFile(format: FileFormat, read: ReadResult): ParsedFile {
  const parsed: ParsedFile = {
    format,
    records: [],
    damagedRecords: read.damaged.reduce((sum, stretch) => sum + stretch.records, 0),
    damagedBytes: read.damaged.reduce((sum, stretch) => sum + stretch.bytes, 0),
  };
  for (const { kind, payload } of read.records) {
    const record = toStoredRecord(kind, payload);
    if (record) {
      parsed.records.push(record);
    } else {
      // Intact bytes of a kind this version does not know, or metadata that is not what we
      // write: skipped and counted, so the file is kept aside for a closer look.
      parsed.damagedRecords++;
      parsed.damagedBytes += recordHeaderBytes + payload.length;
    }
  }
  return parsed;
}

function toStoredRecord(kind: number, payload: Uint8Array): StoredRecord | null {
  if (kind === recordKinds.update) return { kind: 'update', bytes: payload };
  if (kind !== recordKinds.meta) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload).toString('utf8'));
    return isRoomMetaRecord(value) ? { kind: 'meta', value } : null;
  } catch {
    return null;
  }
}
