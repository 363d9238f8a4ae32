import type * as Y from 'yjs';
import { readCommitments } from './store';
import { latestReview, type CommitmentStatus } from './schema';

/** A commitment's standing in one workshop: a status, or not reviewed yet. */
export type FollowUpStatus = CommitmentStatus | 'unreviewed';
export const followUpStatuses: readonly FollowUpStatus[] = ['done', 'inProgress', 'notStarted', 'dropped', 'unreviewed'];

export type FollowUpLine = { title: string; owner: string; origin: string; status: FollowUpStatus; note: string };

/** What the report says of the commitments this workshop followed up: counts, and a few lines. */
export type FollowUpData = { total: number; counts: Record<FollowUpStatus, number>; lines: FollowUpLine[] };

/** Lines the report names, at most: the section must leave the report on two pages. */
export const followUpLinesMax = 2;

// What a sponsor most needs to read first: what has not moved, then what is under way, then
// what was given up; done items are counted, and named only when nothing else is.
const attention: Record<FollowUpStatus, number> = { notStarted: 0, inProgress: 1, dropped: 2, done: 3, unreviewed: 4 };

export function followUpData(doc: Y.Doc): FollowUpData | undefined {
  const { commitments } = readCommitments(doc);
  if (commitments.length === 0) return undefined;
  const counts: Record<FollowUpStatus, number> = { done: 0, inProgress: 0, notStarted: 0, dropped: 0, unreviewed: 0 };
  const all: FollowUpLine[] = commitments.map((commitment) => {
    const last = latestReview(commitment);
    const status: FollowUpStatus = last?.status ?? 'unreviewed';
    counts[status] += 1;
    return { title: commitment.title, owner: commitment.owner, origin: commitment.origin.workshopTitle, status, note: last?.note ?? '' };
  });
  // A note says why; among equals, the lines that carry one go first.
  const lines = all
    .map((line, index) => ({ line, index }))
    .sort((a, b) => attention[a.line.status] - attention[b.line.status] || Number(b.line.note !== '') - Number(a.line.note !== '') || a.index - b.index)
    .slice(0, followUpLinesMax)
    .map(({ line }) => line);
  return { total: commitments.length, counts, lines };
}
