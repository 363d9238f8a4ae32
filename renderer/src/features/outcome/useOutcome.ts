import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readOutcome, type OutcomeSnapshot } from '@shared/outcome/store';

/**
 * The outcome document as it stands in the workshop's Y.Doc, re-read on every change from this
 * window or any other, so two organisers editing at once see each other's words.
 */
export function useOutcome(doc: Y.Doc): OutcomeSnapshot {
  const [snapshot, setSnapshot] = useState<OutcomeSnapshot>(() => readOutcome(doc));
  useEffect(() => {
    const refresh = () => setSnapshot(readOutcome(doc));
    refresh();
    doc.on('update', refresh);
    return () => doc.off('update', refresh);
  }, [doc]);
  return snapshot;
}
