import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * Reads something from a workshop document and reads it again after every change, wherever the
 * change came from (this window, another tab, later the network). The document is the only
 * store: components never copy it into state, so two panels never disagree.
 */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, deps: readonly unknown[] = []): T {
  const version = useDocVersion(doc);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `read` is a fresh closure each render; `deps` name what it reads besides the doc.
  return useMemo(() => read(doc), [doc, version, ...deps]);
}

type Watch = { version: number; listeners: Set<() => void> };
// One update listener per document however many panels watch it, and one version number that
// every panel sees, so a change is counted once.
const watches = new WeakMap<Y.Doc, Watch>();

function watchOf(doc: Y.Doc): Watch {
  let watch = watches.get(doc);
  if (!watch) {
    const created: Watch = { version: 0, listeners: new Set() };
    doc.on('update', () => {
      created.version += 1;
      for (const listener of created.listeners) listener();
    });
    watches.set(doc, created);
    watch = created;
  }
  return watch;
}

export function useDocVersion(doc: Y.Doc): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      const watch = watchOf(doc);
      watch.listeners.add(notify);
      return () => watch.listeners.delete(notify);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => watchOf(doc).version);
}
