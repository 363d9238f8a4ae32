import { Dexie, type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { WorkshopSummary } from '@shared/workshop/doc';

/**
 * The local store. One row per workshop: the fields the home screen lists (kept in step with the
 * document by ./indexer.ts) and the workshop's Y.Doc itself, which y-dexie keeps as a log of
 * updates in its own table.
 */
export type WorkshopRow = WorkshopSummary & {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Set while a deletion can still be undone; such rows are hidden and purged later. */
  deletedAt?: number;
  /** Why the stored document failed validation, when it did. */
  problem?: string;
  doc: Y.Doc;
};

export type BarazaDb = Dexie & { workshops: EntityTable<WorkshopRow, 'id'> };

export function openDatabase(name = 'baraza'): BarazaDb {
  const db = new Dexie(name, { addons: [yDexie] }) as BarazaDb;
  db.version(1).stores({ workshops: 'id, createdAt, updatedAt, deletedAt, doc: Y.Doc' });
  return db;
}

export const db = openDatabase();
