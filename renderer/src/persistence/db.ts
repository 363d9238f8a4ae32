import { Dexie, type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { Programme } from '@shared/programme/programme';
import type { WorkshopSummary } from '@shared/workshop/doc';

/**
 * The local store. One row per workshop: the fields the home screen lists (kept in step with the
 * document by updateListing in ./workshops.ts) and the workshop's Y.Doc itself, which y-dexie keeps as a log of
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

/**
 * Where a workshop is connected for live sync, so that a reload (or a second window such as the
 * projector) reconnects on its own and can show the join link and code.
 */
export type ConnectionRow = {
  workshopId: string;
  /** 'hub': a Baraza hub (sync at /sync, roles and identities checked there); 'other': any
   *  y-websocket-compatible server, reached at `wsUrl` exactly, with no roles. */
  server: 'hub' | 'other';
  wsUrl: string;
  room: string;
  key: string;
  role: 'facilitator' | 'participant';
  /** Facilitator side: the links and short code participants join with, and whether new joins
   *  are accepted. The first link is the one the QR code, the hint and the projector show (the
   *  facilitator may pick another); `joinInterfaces` names each link's network interface by its
   *  host name, to tell the choices apart. */
  joinLinks?: string[];
  joinInterfaces?: Record<string, string>;
  /** The facilitator took the join QR code off the projector (joins stay open). */
  projectorJoinHidden?: boolean;
  code?: string;
  open?: boolean;
  /** Participant side: this person's entry in the attendance register (their identity's id). */
  participantId?: string;
  /**
   * Participant or judge side: the identity the hub issued when this device joined. Its token is
   * what the device presents to reconnect (the join secret only lets new people in), and its id
   * keys this person's ballots, ratings, score sheets and register row.
   */
  identity?: { id: string; token: string; role: 'participant' | 'judge' };
  /** Facilitator side: the workshop was deleted here but the hub could not be told yet. */
  forgetPending?: boolean;
  updatedAt: number;
};

/**
 * A file a team attached to its hackathon submission. The bytes stay on the device that added
 * them: they never enter the shared document, whose every update reaches every peer.
 */
export type AttachmentRow = {
  id: string;
  workshopId: string;
  /** The submitting team's id, which is also its submission's id. */
  submissionId: string;
  name: string;
  type: string;
  size: number;
  bytes: Blob;
  addedAt: number;
};

export type BarazaDb = Dexie & {
  workshops: EntityTable<WorkshopRow, 'id'>;
  connections: EntityTable<ConnectionRow, 'workshopId'>;
  attachments: EntityTable<AttachmentRow, 'id'>;
  programmes: EntityTable<Programme, 'id'>;
};

export function openDatabase(name = 'baraza'): BarazaDb {
  // Dexie's query cache is off. With it on, when two windows of one browser typed into the same
  // description at once, one of them, about one time in six, stopped receiving the other's
  // keystrokes for good: one update from the other window never reached it through y-dexie's
  // live query, and every later keystroke from that window waited on the missing one. With the
  // cache off the query always reads IndexedDB, and 30 runs of that typing test in a row passed
  // where 3 to 4 in 20 had failed.
  const db = new Dexie(name, { addons: [yDexie], cache: 'disabled' }) as BarazaDb;
  db.version(1).stores({ workshops: 'id, createdAt, updatedAt, deletedAt, doc: Y.Doc' });
  // Version 2 only adds a table; existing workshops are untouched.
  db.version(2).stores({ workshops: 'id, createdAt, updatedAt, deletedAt, doc: Y.Doc', connections: 'workshopId' });
  // Version 3 only adds the local attachments table; the earlier stores are repeated unchanged.
  db.version(3).stores({
    workshops: 'id, createdAt, updatedAt, deletedAt, doc: Y.Doc',
    connections: 'workshopId',
    attachments: 'id, workshopId, submissionId',
  });
  // Version 4 only adds the facilitator's programmes (series of workshops), local to this device.
  db.version(4).stores({
    workshops: 'id, createdAt, updatedAt, deletedAt, doc: Y.Doc',
    connections: 'workshopId',
    attachments: 'id, workshopId, submissionId',
    programmes: 'id, createdAt',
  });
  return db;
}

export const db = openDatabase();
