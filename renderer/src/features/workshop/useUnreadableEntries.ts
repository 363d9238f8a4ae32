import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { isReadableEntry, scanUnreadable, type UnreadableEntry } from '@shared/access/unreadable';
import { participantRoots } from '@shared/workshop/roots';

const entryId = (entry: UnreadableEntry) => `${entry.root}\u0000${entry.key}`;

/**
 * The workshop's unreadable entries, kept up to date cheaply: one full scan when the screen
 * opens, then only the entries a change touched are checked again, so a busy room of thousands
 * of cards costs one check per edit, not one per card.
 */
export function useUnreadableEntries(doc: Y.Doc): UnreadableEntry[] {
  const [entries, setEntries] = useState<UnreadableEntry[]>(() => scanUnreadable(doc));
  useEffect(() => {
    const known = new Map(scanUnreadable(doc).map((entry) => [entryId(entry), entry]));
    setEntries([...known.values()]);
    const stops = participantRoots.map((root) => {
      const map = doc.getMap<unknown>(root);
      const recheck = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const keys = new Set<string>();
        for (const event of events) {
          const first = event.path[0];
          if (typeof first === 'string') keys.add(first);
          else if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) keys.add(key);
        }
        let changed = false;
        for (const key of keys) {
          const entry: UnreadableEntry = { root, key };
          const bad = map.has(key) && !isReadableEntry(root, map.get(key));
          changed ||= bad !== known.has(entryId(entry));
          if (bad) known.set(entryId(entry), entry);
          else known.delete(entryId(entry));
        }
        if (changed) setEntries([...known.values()]);
      };
      map.observeDeep(recheck);
      return () => map.unobserveDeep(recheck);
    });
    return () => stops.forEach((stop) => stop());
  }, [doc]);
  return entries;
}
