import type * as Y from 'yjs';
import { readCommitments } from './store';
import { latestReview, type CommitmentOrigin, type CommitmentStatus } from './schema';

/** A commitment as the JSON export writes it: only the documented fields, the status spelled out. */
export type CommitmentRow = {
  id: string;
  origin: Pick<CommitmentOrigin, 'workshopId' | 'workshopTitle' | 'workshopDate' | 'kind' | 'itemId'>;
  title: string;
  owner: string;
  horizon?: string;
  carriedAt: number;
  status?: CommitmentStatus;
  reviews: { status: CommitmentStatus; note: string; at: number; by: string }[];
};

export function commitmentRows(doc: Y.Doc): CommitmentRow[] {
  return readCommitments(doc).commitments.map((commitment) => {
    const { workshopId, workshopTitle, workshopDate, kind, itemId } = commitment.origin;
    const status = latestReview(commitment)?.status;
    return {
      id: commitment.id,
      origin: { workshopId, workshopTitle, workshopDate, kind, itemId },
      title: commitment.title,
      owner: commitment.owner,
      ...(commitment.horizon ? { horizon: commitment.horizon } : {}),
      carriedAt: commitment.carriedAt,
      ...(status ? { status } : {}),
      reviews: commitment.reviews.map((review) => ({ status: review.status, note: review.note, at: review.at, by: review.byName ?? review.byDevice })),
    };
  });
}
