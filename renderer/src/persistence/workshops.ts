import { liveQuery } from 'dexie';
import { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';
import { initWorkshop, readWorkshop, summarize, type NewWorkshop, type WorkshopSummary } from '@shared/workshop/doc';
import { db, type WorkshopRow } from './db';
import { journalLocalEdits, replayJournal } from './journal';
import { clearListingBehind, listingsBehind } from './listingMarks';

/** A home-screen row: the listed fields without the document. */
export type WorkshopListItem = Omit<WorkshopRow, 'doc'>;

/** `fill` adds to the new document before it is stored (commitments carried from a programme). */
export async function createWorkshop(workshop: NewWorkshop, fill?: (doc: Y.Doc) => void): Promise<string> {
  const doc = new Y.Doc();
  initWorkshop(doc, workshop);
  fill?.(doc);
  const summary = summarize(readWorkshop(doc));
  if (!summary) throw new Error('A new workshop failed validation.');
  // y-dexie copies the given document's content into the row's own Y.Doc; its insert type does
  // not list Y.Doc properties, hence the widening.
  const row = { id: workshop.id, createdAt: workshop.createdAt, updatedAt: workshop.createdAt, ...summary, doc };
  await db.workshops.add(row as Parameters<typeof db.workshops.add>[0]);
  doc.destroy();
  return workshop.id;
}

/** Calls back with the visible workshops, newest first, whenever any window changes them. */
export function watchWorkshops(onChange: (rows: WorkshopListItem[]) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => {
    const rows = await db.workshops.orderBy('createdAt').reverse().toArray();
    return rows.filter((row) => row.deletedAt === undefined).map(withoutDoc);
  }).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

function withoutDoc(row: WorkshopRow): WorkshopListItem {
  const { id, createdAt, updatedAt, deletedAt, problem, title, format, date, startTime, venue, partCount, archived } = row;
  return { id, createdAt, updatedAt, deletedAt, problem, title, format, date, startTime, venue, partCount, archived };
}

export type OpenedWorkshop = {
  doc: Y.Doc;
  release: () => void;
  /** How many stored updates could not be read. When non-zero, `doc` holds only what could be
   *  read, detached from the store, and must be shown read-only. */
  unreadableUpdates: number;
};

/** y-dexie keeps each document's updates (Yjs v2 encoding) in this table, keyed by `k`. */
const updatesTable = '$workshops.doc_updates';

/**
 * Replays a workshop's stored updates on a scratch document. y-dexie throws on a damaged update
 * inside its loader and never finishes loading; this check lets the app say so instead.
 */
async function replayStoredUpdates(id: string): Promise<{ scratch: Y.Doc; unreadable: number }> {
  const rows = await db.table<{ k: string; u: Uint8Array }>(updatesTable).where('k').equals(id).toArray();
  const scratch = new Y.Doc();
  let unreadable = 0;
  for (const row of rows) {
    try {
      Y.applyUpdateV2(scratch, row.u);
    } catch {
      unreadable += 1;
    }
  }
  return { scratch, unreadable };
}

/**
 * Loads a workshop's document from the store. The document stays live: edits made in another
 * window of the app arrive in it. Call `release` when the screen closes.
 */
export async function openWorkshop(id: string): Promise<OpenedWorkshop | undefined> {
  const row = await db.workshops.get(id);
  if (!row || row.deletedAt !== undefined) return undefined;
  const doc = row.doc;
  const provider = DexieYProvider.load(doc);
  // A sound store loads well within this; only a slow load pays for the damage check.
  if (!(await loadsWithin(provider.whenLoaded, damageCheckAfterMs))) {
    const { scratch, unreadable } = await replayStoredUpdates(id);
    if (unreadable > 0) {
      DexieYProvider.release(doc);
      return { doc: scratch, release: () => scratch.destroy(), unreadableUpdates: unreadable };
    }
    scratch.destroy();
    await provider.whenLoaded;
  }
  await replayJournal(id, doc);
  // Every edit made in this window is journaled until it is stored.
  const stopJournal = journalLocalEdits(id, doc);
  return {
    doc,
    release: () => {
      stopJournal();
      DexieYProvider.release(doc);
    },
    unreadableUpdates: 0,
  };
}

/** How long a workshop may take to load before its stored updates are checked for damage. */
const damageCheckAfterMs = 1500;

function loadsWithin(loaded: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(false), ms);
    loaded.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Keeps the home screen's row in step with the document's content; `editedAt` dates the row. */
export async function updateListing(id: string, summary: WorkshopSummary, problem: string | undefined, editedAt?: number): Promise<void> {
  await db.workshops.update(id, { ...summary, problem, ...(editedAt === undefined ? {} : { updatedAt: editedAt }) });
}

/** Rewrites the home-screen rows that a window closed before writing (see listingMarks.ts). */
export async function refreshListingsBehind(): Promise<void> {
  for (const { id, touchedAt } of listingsBehind()) {
    const opened = await openWorkshop(id);
    try {
      // A damaged store keeps its row as it is, as when it is opened.
      if (opened && opened.unreadableUpdates === 0) await saveListing(id, listingOf(readWorkshop(opened.doc)), touchedAt);
      clearListingBehind(id);
    } finally {
      opened?.release();
    }
  }
}

/** What the home screen's row shows of a workshop: its summary (absent when the document does
 *  not validate) and its problems, if any. */
export type Listing = { summary: WorkshopSummary | undefined; problem: string | undefined };

export function listingOf(snapshot: ReturnType<typeof readWorkshop>): Listing {
  return { summary: summarize(snapshot), problem: snapshot.problems.length > 0 ? snapshot.problems.join('; ') : undefined };
}

/** Writes the row from a listing; a workshop that does not validate only gets its problem. */
export async function saveListing(id: string, { summary, problem }: Listing, editedAt?: number): Promise<void> {
  if (summary) await updateListing(id, summary, problem, editedAt);
  else if (problem) await db.workshops.update(id, { problem });
}

export async function markDeleted(id: string): Promise<void> {
  await db.workshops.update(id, { deletedAt: Date.now() });
}

export async function restoreDeleted(id: string): Promise<void> {
  await db.workshops.where('id').equals(id).modify((row) => {
    delete row.deletedAt;
  });
}

/** Of the given workshops, those still marked deleted (an Undo may have won the race). */
export async function stillDeleted(ids: readonly string[]): Promise<string[]> {
  const rows = await db.workshops.bulkGet([...ids]);
  return rows.filter((row) => row?.deletedAt !== undefined).map((row) => (row as WorkshopRow).id);
}

/** Workshops marked deleted longer ago than `ageMs`, left behind by a window that closed abruptly. */
export async function staleDeletions(ageMs: number): Promise<string[]> {
  return db.workshops.where('deletedAt').below(Date.now() - ageMs).primaryKeys();
}

/** Removes for good the given workshops, if they are still marked deleted. */
export async function purgeDeleted(ids: readonly string[]): Promise<void> {
  await removeForGood(await stillDeleted(ids));
}

/**
 * Deletes the workshops' rows (Dexie deletes each document's stored updates with its row) and the
 * files attached to them, which live beside the row rather than in the document. A deleted
 * workshop's files can hold people's names and work; on a shared laptop they should not stay.
 */
async function removeForGood(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', db.workshops, db.attachments, async () => {
    await db.workshops.bulkDelete([...ids]);
    await db.attachments.where('workshopId').anyOf([...ids]).delete();
  });
}

/** Copies a workshop's content into a fresh document (new ids throughout). */
export async function readWorkshopCopy(id: string): Promise<ReturnType<typeof readWorkshop> | undefined> {
  const opened = await openWorkshop(id);
  if (!opened) return undefined;
  try {
    return readWorkshop(opened.doc);
  } finally {
    opened.release();
  }
}

/**
 * Keeps a stored workshop's document loaded, and so the same instance, until the returned function
 * is called. The live connection holds it, so that moving between screens (each of which opens
 * and releases the document) does not tear down and rebuild the sync. A document that did not
 * come from the store (a damaged one opened read-only) is left alone.
 */
export function retainDocument(doc: Y.Doc): () => void {
  if (!(doc.meta as { db?: unknown } | null | undefined)?.db) return () => undefined;
  DexieYProvider.load(doc);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    DexieYProvider.release(doc);
  };
}
