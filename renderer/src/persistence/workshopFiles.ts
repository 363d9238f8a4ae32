import { DexieYProvider } from 'y-dexie';
import { decodeBarazaFile, encodeBarazaFile, type DecodedBarazaFile } from '@shared/exchange/barazaFile';
import { countChanges } from '@shared/exchange/changeCount';
import { docFromFile, mergeInto, type ImportError } from '@shared/exchange/importWorkshop';
import { readWorkshop, summarize } from '@shared/workshop/doc';
import { db, type WorkshopRow } from './db';
import { openWorkshop, updateListing } from './workshops';

export type ExportedFile = { bytes: Uint8Array; title: string };

/** The whole workshop as the bytes of a `.baraza` file, or undefined if it is not here. */
export async function exportWorkshopFile(id: string, appVersion: string): Promise<ExportedFile | undefined> {
  const opened = await openWorkshop(id);
  if (!opened) return undefined;
  try {
    const bytes = encodeBarazaFile(opened.doc, { appVersion });
    return { bytes, title: readWorkshop(opened.doc).meta?.title ?? '' };
  } finally {
    opened.release();
  }
}

export type ImportOutcome =
  | { ok: true; action: 'added'; id: string; title: string }
  | { ok: true; action: 'merged'; id: string; title: string; changes: number }
  | { ok: false; error: ImportError };

/**
 * Adds the file's workshop to this device, or merges it into the copy already here. Every check
 * (the file's own, and a rehearsal of the merge) runs before anything is written, so a file
 * that fails leaves the store exactly as it was.
 */
export async function importWorkshopFile(bytes: Uint8Array): Promise<ImportOutcome> {
  const decoded = decodeBarazaFile(bytes);
  if (!decoded.ok) return decoded;
  const id = decoded.meta.workshopId;
  const existing = await db.workshops.get(id);
  if (!existing) {
    const doc = docFromFile(decoded);
    const summary = summarize(decoded.snapshot);
    if (!summary) return { ok: false, error: { code: 'file.invalidWorkshop', problems: [] } };
    const now = Date.now();
    // As in createWorkshop, y-dexie copies the given document's content into the row's own doc.
    const row = { id, createdAt: decoded.snapshot.meta?.createdAt ?? now, updatedAt: now, ...summary, doc };
    try {
      await db.workshops.add(row as Parameters<typeof db.workshops.add>[0]);
    } finally {
      doc.destroy();
    }
    return { ok: true, action: 'added', id, title: summary.title };
  }
  return mergeIntoRow(existing, decoded);
}

async function mergeIntoRow(row: WorkshopRow, decoded: DecodedBarazaFile): Promise<ImportOutcome> {
  const provider = DexieYProvider.load(row.doc);
  try {
    await provider.whenLoaded;
    const before = readWorkshop(row.doc);
    // Applied through the loaded provider, y-dexie stores the merge as one more update in the
    // document's log: both sides' histories are kept and nothing is overwritten.
    const merged = mergeInto(row.doc, decoded);
    if (!merged.ok) return merged;
    const changed = merged.action === 'merge' && merged.changed;
    const after = readWorkshop(row.doc);
    const summary = summarize(after);
    if (summary) await updateListing(row.id, summary, undefined, changed ? Date.now() : undefined);
    // Importing a workshop whose deletion is still pending brings it back: the user wants it.
    if (row.deletedAt !== undefined) {
      await db.workshops.where('id').equals(row.id).modify((stored) => {
        delete stored.deletedAt;
      });
    }
    const changes = changed ? Math.max(1, countChanges(before, after)) : 0;
    return { ok: true, action: 'merged', id: row.id, title: summary?.title ?? '', changes };
  } finally {
    DexieYProvider.release(row.doc);
  }
}
