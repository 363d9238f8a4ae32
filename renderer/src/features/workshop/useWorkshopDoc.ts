import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { localEdit, readWorkshop, type WorkshopSnapshot } from '@shared/workshop/doc';
import { facilitatorRoots } from '@shared/workshop/roots';
import { clearListingBehind, markListingBehind } from '../../persistence/listingMarks';
import { listingOf, openWorkshop, saveListing } from '../../persistence/workshops';

export type LoadedWorkshop =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; doc: Y.Doc; snapshot: WorkshopSnapshot; readOnly: boolean; unreadableUpdates: number };

/**
 * Opens a workshop's document and keeps a validated snapshot of it, refreshed on every change
 * to the facilitator's roots (details, agenda, run, report, hackathon rules) from this window,
 * another window or the network. Changes to what participants write (cards, votes, a roadmap
 * description being typed) do not refresh it: each panel watches its own roots, and a keystroke
 * must not redraw the whole screen on every laptop in the room. A document that fails validation
 * is shown read-only: nothing in it is rewritten.
 */
export function useWorkshopDoc(id: string): LoadedWorkshop {
  const [state, setState] = useState<LoadedWorkshop>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let release: (() => void) | undefined;
    // When this window last edited the workshop, until the listing says so.
    let touchedAt: number | undefined;
    let lastListing = '';
    // The listing is written straight away (not after a delay), so that leaving the screen right
    // after an edit still leaves the home screen up to date; a window closed before the write
    // lands leaves a mark, and the home screen finishes the job. One write is in flight at a
    // time; edits made meanwhile are folded into the next.
    let writing = false;
    let pending: WorkshopSnapshot | undefined;

    // The snapshot the listing is written from; undefined while the store is damaged.
    let latest: WorkshopSnapshot | undefined;

    function refresh(doc: Y.Doc, unreadableUpdates: number) {
      const snapshot = readWorkshop(doc);
      const readOnly = snapshot.problems.length > 0 || snapshot.newerSchema || unreadableUpdates > 0;
      setState({ status: 'ready', doc, snapshot, readOnly, unreadableUpdates });
      // A damaged store is left exactly as it is: not even its listing is rewritten.
      if (unreadableUpdates > 0) return;
      latest = snapshot;
      queueListing(snapshot);
    }

    function queueListing(snapshot: WorkshopSnapshot) {
      pending = snapshot;
      markListingBehind(id, touchedAt);
      if (!writing) void writeListings();
    }

    async function writeListings() {
      writing = true;
      let written = true;
      while (pending) {
        const snapshot = pending;
        pending = undefined;
        written = await writeListing(snapshot).then(
          () => true,
          () => false,
        );
      }
      writing = false;
      if (written) clearListingBehind(id);
    }

    async function writeListing(snapshot: WorkshopSnapshot) {
      const listing = listingOf(snapshot);
      const key = JSON.stringify(listing);
      if (key === lastListing && touchedAt === undefined) return;
      lastListing = key;
      const editedAt = touchedAt;
      touchedAt = undefined;
      await saveListing(id, listing, editedAt);
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
        const { doc, unreadableUpdates } = opened;
        const roots = new Set<unknown>(facilitatorRoots.map((name) => doc.getMap<unknown>(name)));
        // Once per transaction, however many of these roots it touched.
        const onTransaction = (transaction: Y.Transaction) => {
          if ([...transaction.changedParentTypes.keys()].some((type) => roots.has(type))) refresh(doc, unreadableUpdates);
        };
        doc.on('afterTransaction', onTransaction);
        // Any edit made here dates the workshop on the home screen, whatever root it touched.
        const onUpdate = (_update: Uint8Array, origin: unknown) => {
          if (origin !== localEdit || !latest) return;
          touchedAt = Date.now();
          queueListing(latest);
        };
        doc.on('update', onUpdate);
        release = () => {
          doc.off('afterTransaction', onTransaction);
          doc.off('update', onUpdate);
          opened.release();
        };
        refresh(doc, unreadableUpdates);
      },
      (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
      release?.();
    };
  }, [id]);

  return state;
}
