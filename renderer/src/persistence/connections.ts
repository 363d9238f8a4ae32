import { liveQuery } from 'dexie';
import * as Y from 'yjs';
import { db, type ConnectionRow, type WorkshopRow } from './db';

export type { ConnectionRow } from './db';

export async function saveConnection(row: Omit<ConnectionRow, 'updatedAt'>): Promise<void> {
  await db.connections.put({ ...row, updatedAt: Date.now() });
}

export async function updateConnection(workshopId: string, changes: Partial<Omit<ConnectionRow, 'workshopId'>>): Promise<void> {
  await db.connections.update(workshopId, { ...changes, updatedAt: Date.now() });
}

export async function readConnection(workshopId: string): Promise<ConnectionRow | undefined> {
  return db.connections.get(workshopId);
}

/** Connections kept only because their workshop's room could not yet be deleted on the hub. */
export async function pendingForgets(): Promise<string[]> {
  return (await db.connections.toArray()).filter((row) => row.forgetPending === true).map((row) => row.workshopId);
}

export async function forgetConnection(workshopId: string): Promise<void> {
  await db.connections.delete(workshopId);
}

/** Calls back with the workshop's connection (or undefined) now and whenever any window changes it. */
export function watchConnection(workshopId: string, onChange: (row: ConnectionRow | undefined) => void): () => void {
  const subscription = liveQuery(() => db.connections.get(workshopId)).subscribe({ next: onChange, error: () => onChange(undefined) });
  return () => subscription.unsubscribe();
}

/**
 * Makes sure a local row exists for a workshop whose document comes from the network (a
 * participant joining). The document starts empty: nothing is written to the facilitator's
 * parts of it, which the hub would refuse anyway; the listing fills in once the doc arrives.
 */
export async function ensureRemoteWorkshop(id: string): Promise<void> {
  const existing = await db.workshops.get(id);
  if (existing && existing.deletedAt === undefined) return;
  if (existing) await db.workshops.delete(id);
  const now = Date.now();
  const doc = new Y.Doc();
  const row: Omit<WorkshopRow, 'doc'> & { doc: Y.Doc } = {
    id,
    createdAt: now,
    updatedAt: now,
    title: '',
    format: 'blank',
    date: '',
    startTime: '',
    venue: '',
    partCount: 0,
    archived: false,
    doc,
  };
  await db.workshops.add(row as Parameters<typeof db.workshops.add>[0]);
  doc.destroy();
}

/**
 * Throws away this device's copy of a workshop it follows as a participant and leaves an empty
 * one, which fills from the hub on the next connection. The connection record (with the
 * person's identity) stays, so they come back as themselves.
 */
export async function discardLocalCopy(id: string): Promise<void> {
  await db.workshops.delete(id);
  await ensureRemoteWorkshop(id);
}
