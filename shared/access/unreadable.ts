import type * as Y from 'yjs';
import { localEdit } from '../workshop/doc';
import { participantRoots } from '../workshop/roots';
import { validators } from './validators';

/**
 * Entries of the participant roots that no reader can use: written by a faulty or hostile client
 * through a server that does not check (the hub refuses them), or by an older Baraza. Readers
 * skip them; the facilitator is shown how many there are and may remove them outright (the only
 * hard deletion the hub allows the facilitator, and only of entries that are unreadable).
 */
export type UnreadableEntry = { root: (typeof participantRoots)[number]; key: string };

export function isReadableEntry(root: (typeof participantRoots)[number], value: unknown): boolean {
  return validators[root](value);
}

/** Every unreadable entry of the document. Reads every entry once: call it once, then follow
 *  changes key by key (see the renderer's useUnreadableEntries). */
export function scanUnreadable(doc: Y.Doc): UnreadableEntry[] {
  const found: UnreadableEntry[] = [];
  for (const root of participantRoots) {
    doc.getMap<unknown>(root).forEach((value, key) => {
      if (!isReadableEntry(root, value)) found.push({ root, key });
    });
  }
  return found;
}

/** Removes the given entries that are still unreadable (one may have been repaired meanwhile);
 *  returns how many went. */
export function removeUnreadable(doc: Y.Doc, entries: readonly UnreadableEntry[]): number {
  let removed = 0;
  doc.transact(() => {
    for (const { root, key } of entries) {
      const map = doc.getMap<unknown>(root);
      if (map.has(key) && !isReadableEntry(root, map.get(key))) {
        map.delete(key);
        removed += 1;
      }
    }
  }, localEdit);
  return removed;
}
