import * as Y from 'yjs';
import { readWorkshop } from '../workshop/doc';
import type { BarazaFileError, DecodedBarazaFile } from './barazaFile';
import { checkState, decodeBarazaFile } from './barazaFile';

/**
 * What importing a `.baraza` file does to the local store:
 * - a workshop not present here is added (a new Y.Doc the caller persists);
 * - a workshop already present is merged into the existing doc: Yjs merges both histories,
 *   so edits made on either laptop are kept and nothing is overwritten;
 * - a file that fails any check changes nothing.
 * The merge is rehearsed on a scratch copy first, and applied to the real doc only when the
 * rehearsal's result validates.
 */

/** The origin of a merge from a file, so undo (which tracks `localEdit`) does not undo an import. */
export const fileImport = Object.freeze({ name: 'baraza/file-import' });

export type ImportError = BarazaFileError | { code: 'file.otherWorkshop'; fileWorkshopId: string; localWorkshopId: string };

export type ImportResult =
  | { ok: true; action: 'add'; workshopId: string; doc: Y.Doc; file: DecodedBarazaFile }
  | { ok: true; action: 'merge'; workshopId: string; doc: Y.Doc; file: DecodedBarazaFile; changed: boolean }
  | { ok: false; error: ImportError };

/**
 * Imports a file. `existing` is the local doc of the same workshop when there is one (the
 * caller looks it up by `decodeBarazaFile(bytes).meta.workshopId`, or passes a lookup).
 */
export function importBarazaFile(bytes: Uint8Array, existing: Y.Doc | ((workshopId: string) => Y.Doc | undefined) | undefined): ImportResult {
  const decoded = decodeBarazaFile(bytes);
  if (!decoded.ok) return decoded;
  const target = typeof existing === 'function' ? existing(decoded.meta.workshopId) : existing;
  if (!target) return { ok: true, action: 'add', workshopId: decoded.meta.workshopId, doc: docFromFile(decoded), file: decoded };
  return mergeInto(target, decoded);
}

/** A fresh Y.Doc holding the file's workshop. */
export function docFromFile(decoded: DecodedBarazaFile): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoded.update, fileImport);
  return doc;
}

export function mergeInto(target: Y.Doc, decoded: DecodedBarazaFile): ImportResult {
  const localId = readWorkshop(target).meta?.id ?? '';
  if (localId !== decoded.meta.workshopId) return { ok: false, error: { code: 'file.otherWorkshop', fileWorkshopId: decoded.meta.workshopId, localWorkshopId: localId } };
  // Rehearse: the local state plus the file's, on a scratch doc.
  let merged: Uint8Array;
  try {
    merged = Y.mergeUpdates([Y.encodeStateAsUpdate(target), decoded.update]);
  } catch {
    return { ok: false, error: { code: 'file.corrupt', part: 'state' } };
  }
  const rehearsal = checkState(merged, decoded.meta);
  if (!rehearsal.ok) return { ok: false, error: rehearsal.error };
  // Yjs emits 'update' only when applying changed something: that tells "already had it all".
  let changed = false;
  const noteChange = (): void => {
    changed = true;
  };
  target.on('update', noteChange);
  try {
    Y.applyUpdate(target, decoded.update, fileImport);
  } finally {
    target.off('update', noteChange);
  }
  return { ok: true, action: 'merge', workshopId: localId, doc: target, file: decoded, changed };
}
