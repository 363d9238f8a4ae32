import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { DraftLinks } from '@shared/outcome/links';
import { readLinks, readOutcome, type OutcomeSnapshot } from '@shared/outcome/store';

export type LinkedSnapshot = OutcomeSnapshot & { links: DraftLinks };

function read(doc: Y.Doc): LinkedSnapshot {
  return { ...readOutcome(doc), links: readLinks(doc) };
}

/**
 * The outcome document as it stands in the workshop's Y.Doc, with where each drafted line came
 * from, re-read on every change from this window or any other, so two organisers editing at
 * once see each other's words.
 */
export function useOutcome(doc: Y.Doc): LinkedSnapshot {
  const [snapshot, setSnapshot] = useState<LinkedSnapshot>(() => read(doc));
  useEffect(() => {
    const refresh = () => setSnapshot(read(doc));
    refresh();
    doc.on('update', refresh);
    return () => doc.off('update', refresh);
  }, [doc]);
  return snapshot;
}
