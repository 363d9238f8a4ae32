import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { carryForward, readCommitments, reviewCommitment } from '../../../shared/commitments/store';
import { commitmentsRoot, type Commitment } from '../../../shared/commitments/schema';
import { trustedRoom, type Peer } from '../../fixtures/trustedRoom';

/** Commitments and their reviews are the facilitator's record: a participant's own code can
 *  neither forge a status, rewrite a note, add a commitment nor take one away. */

const carried: Omit<Commitment, 'carriedAt'> = {
  id: 'ws-nairobi/roadmap/item-1',
  origin: { workshopId: 'ws-nairobi', workshopTitle: 'Nairobi training', workshopDate: '2026-03-02', kind: 'roadmap', itemId: 'item-1' },
  title: 'Three regional trainings',
  owner: 'UNESCO',
  horizon: 'y1h1',
  reviews: [],
};

function refusedBecause(peer: Peer, change: (doc: Y.Doc) => void): string {
  const result = peer.write(change);
  return result.outcome === 'refused' ? result.reason : result.outcome;
}

describe('the commitments root on the hub', () => {
  it('takes the facilitator’s carry-forward and reviews, and refuses every participant write to it', () => {
    const room = trustedRoom();
    expect(room.facilitator.write((doc) => carryForward(doc, [carried], 1)).outcome).toBe('applied');
    expect(room.facilitator.write((doc, actor) => reviewCommitment(doc, carried.id, 'inProgress', 'Two of three held', actor, 2)).outcome).toBe('applied');
    const mallory = room.join('p-mallory');
    const forged = { ...carried, carriedAt: 1, reviews: [{ status: 'done', note: 'All done', at: 3, byDevice: 'facilitator', byName: 'Facilitator' }] };
    expect(refusedBecause(mallory, (doc) => doc.getMap(commitmentsRoot).set(carried.id, forged))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => doc.getMap(commitmentsRoot).set('ws-x/plan/line-1', { ...forged, id: 'ws-x/plan/line-1' }))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => doc.getMap(commitmentsRoot).delete(carried.id))).toBe('facilitator-root');
    // The app's own function, called with a participant's role, refuses before anything is sent.
    expect(mallory.write((doc, actor) => reviewCommitment(doc, carried.id, 'done', '', actor, 4)).outcome).toBe('unchanged');
    const [stored] = readCommitments(room.hub).commitments;
    expect(stored?.reviews.map((review) => [review.status, review.note, review.byDevice])).toEqual([['inProgress', 'Two of three held', 'facilitator']]);
    expect(room.converged(room.facilitator, mallory)).toBe(true);
  });
});
