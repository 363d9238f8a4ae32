import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * Reads something from a workshop document and reads it again after every change to the roots
 * it depends on, wherever the change came from (this window, another tab, later the network).
 * The document is the only store: components never copy it into state, so two panels never
 * disagree. Naming the roots matters in a busy room: a dot placed on one of 2,000 cards must not
 * make the register, or the board's card list, be read and checked again.
 */
export function useDocValue<T>(doc: Y.Doc, roots: readonly string[], read: (doc: Y.Doc) => T, deps: readonly unknown[] = []): T {
  const version = useRootsVersion(doc, roots);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `read` is a fresh closure each render; `deps` name what it reads besides the doc.
  return useMemo(() => read(doc), [doc, version, ...deps]);
}

type Watch = { version: number; listeners: Set<() => void> };
// One deep observer per root of each document however many panels watch it, and one version
// number per root that every panel sees, so a change is counted once.
const watches = new WeakMap<Y.Doc, Map<string, Watch>>();

function watchOf(doc: Y.Doc, root: string): Watch {
  let byRoot = watches.get(doc);
  if (!byRoot) watches.set(doc, (byRoot = new Map()));
  let watch = byRoot.get(root);
  if (!watch) {
    const created: Watch = { version: 0, listeners: new Set() };
    doc.getMap<unknown>(root).observeDeep(() => {
      created.version += 1;
      for (const listener of created.listeners) listener();
    });
    byRoot.set(root, created);
    watch = created;
  }
  return watch;
}

/** A key that changes whenever any of `roots` changes. */
export function useRootsVersion(doc: Y.Doc, roots: readonly string[]): string {
  const key = roots.join(',');
  const subscribe = useCallback(
    (notify: () => void) => {
      const watched = key.split(',').map((root) => watchOf(doc, root));
      for (const watch of watched) watch.listeners.add(notify);
      return () => {
        for (const watch of watched) watch.listeners.delete(notify);
      };
    },
    [doc, key],
  );
  return useSyncExternalStore(subscribe, () =>
    key
      .split(',')
      .map((root) => watchOf(doc, root).version)
      .join(','),
  );
}
