import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { localEdit, readWorkshop, summarize, type WorkshopSnapshot } from '@shared/workshop/doc';
import { markProblem, openWorkshop, updateListing } from '../../persistence/workshops';

export type LoadedWorkshop =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; doc: Y.Doc; snapshot: WorkshopSnapshot; readOnly: boolean };

/** How long edits may pile up before the home screen's listing is brought up to date. */
const listingDelayMs = 300;

/**
 * Opens a workshop's document and keeps a validated snapshot of it, refreshed on every change
 * from this window, another window, or (later) the network. A document that fails validation
 * is shown read-only: nothing in it is rewritten.
 */
export function useWorkshopDoc(id: string): LoadedWorkshop {
  const [state, setState] = useState<LoadedWorkshop>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let release: (() => void) | undefined;
    let listingTimer: number | undefined;
    let touched = false;
    let lastListing = '';

    function refresh(doc: Y.Doc) {
      const snapshot = readWorkshop(doc);
      const readOnly = snapshot.problems.length > 0 || snapshot.newerSchema;
      setState({ status: 'ready', doc, snapshot, readOnly });
      window.clearTimeout(listingTimer);
      listingTimer = window.setTimeout(() => void syncListing(snapshot), listingDelayMs);
    }

    async function syncListing(snapshot: WorkshopSnapshot) {
      const summary = summarize(snapshot);
      const problem = snapshot.problems.length > 0 ? snapshot.problems.join('; ') : undefined;
      const listing = JSON.stringify([summary, problem]);
      if (listing === lastListing && !touched) return;
      lastListing = listing;
      if (summary) await updateListing(id, summary, problem, touched);
      else if (problem) await markProblem(id, problem);
      touched = false;
    }

    openWorkshop(id).then(
      (opened) => {
        if (cancelled) {
          opened?.release();
          return;
        }
        if (!opened) {
          setState({ status: 'missing' });
          return;
        }
        release = opened.release;
        const { doc } = opened;
        doc.on('update', (_update: Uint8Array, origin: unknown) => {
          if (origin === localEdit) touched = true;
          refresh(doc);
        });
        refresh(doc);
      },
      (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
      window.clearTimeout(listingTimer);
      release?.();
    };
  }, [id]);

  return state;
}
