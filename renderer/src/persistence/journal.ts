import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { db } from './db';

/**
 * A write-ahead journal for edits that IndexedDB has not committed yet.
 *
 * y-dexie stores each update with an asynchronous IndexedDB write. If the window reloads or
 * the process dies in the few milliseconds before that write commits, the edit would be lost.
 * localStorage is written synchronously, so every local update is first copied there, and the
 * copy is removed as soon as IndexedDB has committed the update. When a workshop is opened,
 * any copies still present are applied again (Yjs ignores updates it already has).
 */
const prefix = 'baraza.journal.';
const updatesTable = '$workshops.doc_updates';
/** Past this, journaling pauses rather than fill local storage; IndexedDB still gets every edit. */
const maxJournalChars = 2_000_000;

let entryCounter = 0;

function keysFor(workshopId: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key?.startsWith(`${prefix}${workshopId}.`)) keys.push(key);
  }
  return keys;
}

/**
 * Resolves once every IndexedDB write to the updates table issued before this call has
 * committed: transactions on the same store complete in the order they were created.
 */
function afterPendingWrites(): Promise<void> {
  return db.transaction('rw', updatesTable, () => undefined);
}

function journalSize(): number {
  let size = 0;
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key?.startsWith(prefix)) size += localStorage.getItem(key)?.length ?? 0;
  }
  return size;
}

/** Applies edits left in the journal by a window that closed before they were stored. */
export async function replayJournal(workshopId: string, doc: Y.Doc): Promise<number> {
  const keys = keysFor(workshopId);
  if (keys.length === 0) return 0;
  let applied = 0;
  for (const key of keys) {
    const text = localStorage.getItem(key);
    try {
      if (text) Y.applyUpdateV2(doc, fromBase64(text), 'baraza/journal');
      applied += 1;
    } catch {
      // An entry that cannot be read is dropped: the store itself was never touched by it.
    }
  }
  await afterPendingWrites();
  keys.forEach((key) => localStorage.removeItem(key));
  return applied;
}

/**
 * Starts copying the edits made in this window to the journal until they are committed. Updates
 * that arrive from the network or the store are left out: the hub or the other window still
 * has them and hands them over again on reconnection, and copying each of them cost a busy
 * description's readers a synchronous storage write per keystroke in the room.
 */
export function journalLocalEdits(workshopId: string, doc: Y.Doc): () => void {
  const onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local) return;
    const text = toBase64(update);
    if (journalSize() + text.length > maxJournalChars) return;
    const key = `${prefix}${workshopId}.${Date.now().toString(36)}.${(entryCounter += 1)}.${Math.random().toString(36).slice(2, 8)}`;
    try {
      localStorage.setItem(key, text);
    } catch {
      return;
    }
    void afterPendingWrites().then(() => localStorage.removeItem(key));
  };
  doc.on('updateV2', onUpdate);
  return () => doc.off('updateV2', onUpdate);
}
