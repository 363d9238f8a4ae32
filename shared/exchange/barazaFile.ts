import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import * as Y from 'yjs';
import { z } from 'zod';
import { readOutcome } from '../outcome/store';
import type { WorkshopSnapshot } from '../workshop/doc';
import { readWorkshop } from '../workshop/doc';
import { schemaVersion } from '../workshop/schema';
import { crc32 } from './crc32';

/**
 * The `.baraza` file: one whole workshop, to carry on a USB stick or by email and merge on
 * another laptop. Layout (integers big-endian):
 *
 *   magic          10 bytes  "BARAZA" CR LF SUB LF (like PNG's, it shows a text-mode transfer
 *                            that rewrote line ends)
 *   format version  u16      this layout's version: 1
 *   flags           u16      0; reserved
 *   metadata length u32
 *   state length    u32
 *   metadata                 UTF-8 JSON: format, schema version, workshop id and title,
 *                            exported at, app version (readable without Yjs, for a file list)
 *   state                    Y.encodeStateAsUpdate of the workshop's Y.Doc
 *   checksum        u32      CRC-32 of every byte before it
 *
 * Decoding never touches a real document: the state is applied to a scratch Y.Doc inside
 * try/catch and validated with readWorkshop; only a file that passes everything is returned.
 */
export const barazaFormatVersion = 1;
export const barazaExtension = '.baraza';
const magic = Uint8Array.from([0x42, 0x41, 0x52, 0x41, 0x5a, 0x41, 0x0d, 0x0a, 0x1a, 0x0a]);
const headerLength = magic.length + 2 + 2 + 4 + 4;
const checksumLength = 4;
/** Larger than any real workshop (a full day is a few megabytes); refuses a runaway file early. */
export const maxBarazaFileBytes = 256 * 1024 * 1024;

export const barazaMetaSchema = z.looseObject({
  format: z.literal('baraza-workshop'),
  schemaVersion: z.number().int().positive(),
  workshopId: z.string().min(1).max(200),
  title: z.string().max(300),
  exportedAt: z.number().finite(),
  appVersion: z.string().max(50),
});
export type BarazaFileMeta = z.infer<typeof barazaMetaSchema>;

export type BarazaFileError =
  | { code: 'file.empty' }
  | { code: 'file.tooLarge'; bytes: number; max: number }
  | { code: 'file.foreign' }
  | { code: 'file.truncated'; bytes: number; expected: number }
  | { code: 'file.newerFormat'; version: number }
  | { code: 'file.corrupt'; part: 'header' | 'metadata' | 'state' | 'identity' }
  | { code: 'file.checksum' }
  | { code: 'file.newerSchema'; version: number }
  | { code: 'file.incomplete' }
  | { code: 'file.invalidWorkshop'; problems: string[] };

export type DecodedBarazaFile = { ok: true; meta: BarazaFileMeta; update: Uint8Array; snapshot: WorkshopSnapshot };
export type BarazaDecodeResult = DecodedBarazaFile | { ok: false; error: BarazaFileError };

export type EncodeOptions = { appVersion: string; exportedAt?: number };

/** Writes the whole workshop to a `.baraza` file. */
export function encodeBarazaFile(doc: Y.Doc, options: EncodeOptions): Uint8Array {
  const snapshot = readWorkshop(doc);
  const meta: BarazaFileMeta = {
    format: 'baraza-workshop',
    schemaVersion: snapshot.meta?.schemaVersion ?? schemaVersion,
    workshopId: snapshot.meta?.id ?? '',
    title: snapshot.meta?.title ?? '',
    exportedAt: options.exportedAt ?? Date.now(),
    appVersion: options.appVersion,
  };
  return packBarazaFile(meta, Y.encodeStateAsUpdate(doc));
}

/** Frames metadata and state with the header and checksum. Exported for tests of the decoder. */
export function packBarazaFile(meta: BarazaFileMeta, update: Uint8Array): Uint8Array {
  const metaBytes = encodeUtf8(JSON.stringify(meta));
  const bytes = new Uint8Array(headerLength + metaBytes.length + update.length + checksumLength);
  const view = new DataView(bytes.buffer);
  bytes.set(magic, 0);
  view.setUint16(magic.length, barazaFormatVersion);
  view.setUint16(magic.length + 2, 0);
  view.setUint32(magic.length + 4, metaBytes.length);
  view.setUint32(magic.length + 8, update.length);
  bytes.set(metaBytes, headerLength);
  bytes.set(update, headerLength + metaBytes.length);
  view.setUint32(bytes.length - checksumLength, crc32(bytes, 0, bytes.length - checksumLength));
  return bytes;
}

const fail = (error: BarazaFileError): BarazaDecodeResult => ({ ok: false, error });

/** Reads and fully checks a `.baraza` file. Never throws, never touches any stored document. */
export function decodeBarazaFile(bytes: Uint8Array, maxBytes = maxBarazaFileBytes): BarazaDecodeResult {
  if (bytes.length === 0) return fail({ code: 'file.empty' });
  if (bytes.length > maxBytes) return fail({ code: 'file.tooLarge', bytes: bytes.length, max: maxBytes });
  const head = bytes.subarray(0, Math.min(bytes.length, magic.length));
  if (!head.every((byte, index) => byte === magic[index])) return fail({ code: 'file.foreign' });
  if (bytes.length < headerLength + checksumLength) return fail({ code: 'file.truncated', bytes: bytes.length, expected: headerLength + checksumLength });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(magic.length);
  if (version > barazaFormatVersion) return fail({ code: 'file.newerFormat', version });
  if (version < 1 || view.getUint16(magic.length + 2) !== 0) return fail({ code: 'file.corrupt', part: 'header' });
  const metaLength = view.getUint32(magic.length + 4);
  const updateLength = view.getUint32(magic.length + 8);
  const expected = headerLength + metaLength + updateLength + checksumLength;
  if (bytes.length < expected) return fail({ code: 'file.truncated', bytes: bytes.length, expected });
  if (bytes.length > expected) return fail({ code: 'file.corrupt', part: 'header' });
  if (crc32(bytes, 0, expected - checksumLength) !== view.getUint32(expected - checksumLength)) return fail({ code: 'file.checksum' });

  const meta = parseMeta(bytes.subarray(headerLength, headerLength + metaLength));
  if (!meta) return fail({ code: 'file.corrupt', part: 'metadata' });
  if (meta.schemaVersion > schemaVersion) return fail({ code: 'file.newerSchema', version: meta.schemaVersion });
  // A copy, so that the caller's buffer (or a later change to it) cannot alter what was checked.
  const update = bytes.slice(headerLength + metaLength, expected - checksumLength);
  const checked = checkState(update, meta);
  return checked.ok ? { ok: true, meta, update, snapshot: checked.snapshot } : fail(checked.error);
}

function parseMeta(bytes: Uint8Array): BarazaFileMeta | undefined {
  try {
    const result = barazaMetaSchema.safeParse(JSON.parse(decodeUtf8(bytes)));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

type StateCheck = { ok: true; snapshot: WorkshopSnapshot } | { ok: false; error: BarazaFileError };

/** Applies the state to a scratch doc and validates the workshop it holds. */
export function checkState(update: Uint8Array, meta: Pick<BarazaFileMeta, 'workshopId'>): StateCheck {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, update);
    // A whole-document state has nothing missing; parts waiting for others mean damage.
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) return { ok: false, error: { code: 'file.incomplete' } };
    const snapshot = readWorkshop(scratch);
    if (snapshot.newerSchema) return { ok: false, error: { code: 'file.newerSchema', version: snapshot.meta?.schemaVersion ?? 0 } };
    const problems = [...snapshot.problems, ...readOutcome(scratch).problems];
    if (!snapshot.meta || problems.length > 0) return { ok: false, error: { code: 'file.invalidWorkshop', problems } };
    if (snapshot.meta.id !== meta.workshopId) return { ok: false, error: { code: 'file.corrupt', part: 'identity' } };
    return { ok: true, snapshot };
  } catch {
    return { ok: false, error: { code: 'file.corrupt', part: 'state' } };
  } finally {
    scratch.destroy();
  }
}
