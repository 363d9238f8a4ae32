/**
 * One live connection per workshop per page, shared by every screen that shows it. Screens come
 * and go as people move between the planning screen, the run screen and the participant view;
 * the connection outlives a switch by a moment so that moving does not drop and redo the sync.
 */
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { updateConnection, type ConnectionRow } from '../persistence/connections';
import { retainDocument } from '../persistence/workshops';
import { connectWorkshop, type WorkshopConnection } from './connectWorkshop';

type Entry = { doc: Y.Doc; signature: string; connection: WorkshopConnection; users: number; timer?: number; unretain: () => void };

const entries = new Map<string, Entry>();
const lingerMs = 3000;

/** What identifies a connection's target: a change of any of these means a new connection. */
export function signatureOf(row: ConnectionRow): string {
  return JSON.stringify([row.server, row.wsUrl, row.room, row.key, row.role, row.identity?.token]);
}

function drop(id: string, entry: Entry): void {
  window.clearTimeout(entry.timer);
  if (entries.get(id) === entry) entries.delete(id);
  entry.connection.destroy();
  entry.unretain();
}

/** Returns the workshop's connection for this document and target, creating it if needed. */
export function acquireConnection(id: string, doc: Y.Doc, row: ConnectionRow): { connection: WorkshopConnection; release: () => void } {
  const signature = signatureOf(row);
  let entry = entries.get(id);
  if (entry && (entry.doc !== doc || entry.signature !== signature)) {
    // A different document or target: the old connection goes first, so that one page never
    // holds two providers writing the same workshop.
    drop(id, entry);
    entry = undefined;
  }
  if (!entry) {
    const created: Entry = {
      doc,
      signature,
      connection: connectWorkshop(doc, {
        wsUrl: row.wsUrl,
        room: row.room,
        key: row.key,
        token: row.identity?.token,
        role: row.role,
        server: row.server,
        onJoinsChanged: (open) => void updateConnection(id, { open }),
      }),
      users: 0,
      unretain: retainDocument(doc),
    };
    doc.once('destroy', () => drop(id, created));
    entries.set(id, created);
    entry = created;
  }
  const current = entry;
  window.clearTimeout(current.timer);
  current.users += 1;
  let released = false;
  return {
    connection: current.connection,
    release: () => {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users === 0) current.timer = window.setTimeout(() => drop(id, current), lingerMs);
    },
  };
}

/** Ends a workshop's connection now (the facilitator disconnected it, or the row was forgotten). */
export function dropConnection(id: string): void {
  const entry = entries.get(id);
  if (entry) drop(id, entry);
}

/** The awareness of the live connection that carries this document, if it is connected. */
export function awarenessOf(doc: Y.Doc): Awareness | undefined {
  for (const entry of entries.values()) if (entry.doc === doc) return entry.connection.awareness;
  return undefined;
}
