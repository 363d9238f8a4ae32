import type { EarlierWorkshop } from './open';
import { readCommitments } from './store';
import type { Commitment, CommitmentOrigin, CommitmentReview } from './schema';
import { latestReview } from './schema';

/** One workshop's word on a commitment: the reviews set there, the last one standing. */
export type HistoryStep = { workshopId: string; workshopTitle: string; workshopDate: string; reviews: CommitmentReview[] };

/** A commitment across a programme: where it came from, and each later workshop's reviews. */
export type CommitmentHistory = {
  id: string;
  origin: CommitmentOrigin;
  title: string;
  owner: string;
  horizon: Commitment['horizon'];
  steps: HistoryStep[];
  /** The latest status anywhere in the series; undefined before any review. */
  current: CommitmentReview | undefined;
};

/**
 * Every commitment carried anywhere in the programme, with its steps in programme order (the
 * workshops as given). The title and owner are the latest carried, since a facilitator may
 * have reworded them along the way.
 */
export function commitmentHistories(workshops: readonly EarlierWorkshop[]): CommitmentHistory[] {
  const byId = new Map<string, CommitmentHistory>();
  for (const workshop of workshops) {
    for (const commitment of readCommitments(workshop.doc).commitments) {
      const step: HistoryStep = { workshopId: workshop.id, workshopTitle: workshop.title, workshopDate: workshop.date, reviews: commitment.reviews };
      const known = byId.get(commitment.id);
      const current = latestReview(commitment) ?? known?.current;
      byId.set(commitment.id, {
        id: commitment.id,
        origin: commitment.origin,
        title: commitment.title,
        owner: commitment.owner,
        horizon: commitment.horizon,
        steps: [...(known?.steps ?? []), step],
        current,
      });
    }
  }
  return [...byId.values()];
}
