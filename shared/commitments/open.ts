import type * as Y from 'yjs';
import { readItems } from '../roadmap/items';
import { readLinks, readOutcome } from '../outcome/store';
import { oneLine } from '../outcome/text';
import type { CarriedCommitment } from './store';
import { readCommitments } from './store';
import { closedStatuses, commitmentId, commitmentLimits, latestReview, type CommitmentOrigin, type CommitmentReview } from './schema';

/** An earlier workshop as carrying forward sees it: its listing fields and its document. */
export type EarlierWorkshop = { id: string; title: string; date: string; doc: Y.Doc };

/** A commitment the facilitator may carry forward, with where it stood last, if reviewed. */
export type OpenCommitment = CarriedCommitment & { lastReview?: CommitmentReview; lastWorkshopTitle?: string };

/** Stable across reorders and re-drafts of the plan: the line's own words, hashed (FNV-1a). */
function lineId(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC').toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `line-${hash.toString(36)}`;
}

/**
 * The actions a workshop produced itself: the roadmap items the room agreed (not deleted, not
 * merged), then the report's action-plan lines, except those drawn from an item already listed.
 */
export function ownActions(workshop: EarlierWorkshop): CarriedCommitment[] {
  const origin = (kind: CommitmentOrigin['kind'], itemId: string): CommitmentOrigin => ({ workshopId: workshop.id, workshopTitle: workshop.title.slice(0, 200), workshopDate: workshop.date, kind, itemId });
  const agreed = readItems(workshop.doc)
    .items.filter((item) => item.status === 'agreed' && item.deletedAt === undefined && item.mergedInto === undefined && oneLine(item.title) !== '')
    .sort((a, b) => a.position - b.position);
  const actions: CarriedCommitment[] = agreed.map((item) => {
    const from = origin('roadmap', item.id);
    return { id: commitmentId(from), origin: from, title: oneLine(item.title), owner: oneLine(item.owner), horizon: item.horizon, reviews: [] };
  });
  const listed = new Set(agreed.map((item) => item.id));
  const plan = readOutcome(workshop.doc).outcome?.plan ?? [];
  const links = readLinks(workshop.doc).plan;
  plan.forEach((line, index) => {
    const text = oneLine(line);
    if (text === '' || (links[index] ?? []).some((ref) => ref.kind === 'roadmap' && listed.has(ref.id))) return;
    const from = origin('plan', lineId(text));
    if (!actions.some((action) => action.id === commitmentId(from))) actions.push({ id: commitmentId(from), origin: from, title: text.slice(0, commitmentLimits.title), owner: '', reviews: [] });
  });
  return actions;
}

/**
 * What is still open across a programme's earlier workshops, given in programme order: each
 * workshop's own actions, and the commitments it carried whose latest status there is neither
 * done nor dropped. A later workshop's word on a commitment overrides an earlier one's, so an
 * item closed at the second workshop is not offered again from the first.
 */
export function openCommitments(earlier: readonly EarlierWorkshop[]): OpenCommitment[] {
  const open = new Map<string, OpenCommitment>();
  const closed = new Set<string>();
  for (const workshop of earlier) {
    for (const action of ownActions(workshop)) if (!closed.has(action.id) && !open.has(action.id)) open.set(action.id, action);
    for (const carried of readCommitments(workshop.doc).commitments) {
      const last = latestReview(carried);
      if (last && closedStatuses.has(last.status)) {
        open.delete(carried.id);
        closed.add(carried.id);
        continue;
      }
      if (closed.has(carried.id)) continue;
      const { carriedAt: _carriedAt, ...rest } = carried;
      open.set(carried.id, { ...rest, reviews: [], ...(last ? { lastReview: last, lastWorkshopTitle: workshop.title } : {}) });
    }
  }
  return [...open.values()];
}
