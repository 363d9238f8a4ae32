import { liveQuery } from 'dexie';
import { randomId } from '@shared/ids';
import { programmeSchema, withoutWorkshop, withWorkshops, type Programme, type ProgrammeRefusal } from '@shared/programme/programme';
import { workshopFacts, type WorkshopFacts } from '@shared/programme/workshopFacts';
import { db } from './db';
import { openWorkshop } from './workshops';

/** Programmes live on this device only: they never enter a workshop's document or the hub. */

export async function createProgramme(name: string, now: number): Promise<string> {
  const programme: Programme = { id: randomId(), name, workshopIds: [], createdAt: now, updatedAt: now };
  await db.programmes.add(programme);
  return programme.id;
}

/** Calls back with every readable programme, newest first, whenever any window changes one. */
export function watchProgrammes(onChange: (rows: Programme[]) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => (await db.programmes.orderBy('createdAt').reverse().toArray()).filter(isReadable)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** One programme, live; undefined once it is deleted (or when its stored row is unreadable). */
export function watchProgramme(id: string, onChange: (row: Programme | undefined) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => {
    const row = await db.programmes.get(id);
    return row && isReadable(row) ? row : undefined;
  }).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

function isReadable(row: unknown): row is Programme {
  return programmeSchema.safeParse(row).success;
}

export async function renameProgramme(id: string, name: string, now: number): Promise<void> {
  await db.programmes.update(id, { name, updatedAt: now });
}

/** Adds workshops in one read-modify-write transaction, so two windows adding at once both land. */
export async function addToProgramme(id: string, workshopIds: readonly string[], now: number): Promise<ProgrammeRefusal | undefined> {
  return db.transaction('rw', db.programmes, async () => {
    const row = await db.programmes.get(id);
    if (!row) return undefined;
    const result = withWorkshops(row, workshopIds, now);
    if (!result.ok) return result.refusal;
    await db.programmes.put(result.programme);
    return undefined;
  });
}

export async function removeFromProgramme(id: string, workshopId: string, now: number): Promise<void> {
  await db.transaction('rw', db.programmes, async () => {
    const row = await db.programmes.get(id);
    if (row) await db.programmes.put(withoutWorkshop(row, workshopId, now));
  });
}

/** Deletes the series only: its workshops stay on the device. */
export async function deleteProgramme(id: string): Promise<void> {
  await db.programmes.delete(id);
}

/** Attendance and status of one stored workshop, read from its document and let go again. */
export async function readWorkshopFacts(id: string): Promise<WorkshopFacts | undefined> {
  const opened = await openWorkshop(id);
  if (!opened) return undefined;
  try {
    return workshopFacts(opened.doc);
  } finally {
    opened.release();
  }
}
