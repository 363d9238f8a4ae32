import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/activities/outcome';
import { followUpData } from '../../../shared/commitments/followUp';
import { commitmentHistories } from '../../../shared/commitments/history';
import { openCommitments, ownActions, type EarlierWorkshop } from '../../../shared/commitments/open';
import { carryForward, readCommitments, reviewCommitment } from '../../../shared/commitments/store';
import { addBullet, writeOutcome } from '../../../shared/outcome/store';
import { emptyOutcome } from '../../../shared/outcome/model';
import { addItem, deleteItem, proposeItem } from '../../../shared/roadmap/items';
import { makeWorkshop, partIds } from '../../fixtures/workshop';

const facilitator: Actor = { deviceId: 'laptop-1', name: 'Grace', role: 'facilitator' };

/** A held workshop with two agreed items, one proposal, one deleted item and a three-line plan. */
function heldWorkshop(id: string, title: string, date: string): EarlierWorkshop & { itemIds: string[] } {
  const doc = makeWorkshop();
  const roadmap = partIds(doc)[2]!;
  const ids = ['Regional trainings', 'Open data portal', 'Gone'].map((itemTitle, index) => {
    const added = addItem(doc, roadmap, { title: itemTitle, horizon: index === 0 ? 'y1h1' : 'y1h2', owner: index === 0 ? 'UNESCO' : '', status: 'agreed' }, facilitator, 1);
    if (!added.ok) throw new Error('item refused');
    return added.value;
  });
  deleteItem(doc, ids[2]!, facilitator, 2);
  proposeItem(doc, roadmap, { title: 'Only a proposal', horizon: 'later' }, { deviceId: 'phone-1', role: 'participant' }, 3);
  writeOutcome(doc, emptyOutcome());
  addBullet(doc, 'plan', 'UNESCO: Regional trainings (Y1 H1)', undefined, [{ kind: 'roadmap', id: ids[0]! }]);
  addBullet(doc, 'plan', 'Ministry drafts the data policy by June');
  addBullet(doc, 'plan', '   ');
  return { id, title, date, doc, itemIds: ids };
}

describe('open actions of a workshop', () => {
  it('are its agreed, live roadmap items with owner and horizon, then plan lines not drawn from them', () => {
    const workshop = heldWorkshop('ws-1', 'Nairobi', '2026-03-02');
    const actions = ownActions(workshop);
    expect(actions.map((action) => [action.title, action.owner, action.horizon ?? '', action.origin.kind])).toEqual([
      ['Regional trainings', 'UNESCO', 'y1h1', 'roadmap'],
      ['Open data portal', '', 'y1h2', 'roadmap'],
      ['Ministry drafts the data policy by June', '', '', 'plan'],
    ]);
    expect(actions[0]!.id).toBe(`ws-1/roadmap/${workshop.itemIds[0]}`);
    // The plan line's id follows its words, so a re-ordered or re-drafted plan keeps it.
    expect(ownActions(workshop)[2]!.id).toBe(actions[2]!.id);
  });
});

describe('carrying forward and reviewing', () => {
  it('writes the chosen commitments once, with no reviews, and keeps each review with who set it and when', () => {
    const first = heldWorkshop('ws-1', 'Nairobi', '2026-03-02');
    const second = makeWorkshop();
    const open = openCommitments([first]);
    expect(carryForward(second, open, 100)).toBe(3);
    expect(carryForward(second, open, 101)).toBe(0);
    const id = open[0]!.id;
    expect(reviewCommitment(second, id, 'inProgress', '  Two of three held  ', facilitator, 200).ok).toBe(true);
    expect(reviewCommitment(second, id, 'notStarted', 'x'.repeat(281), facilitator, 201)).toMatchObject({ ok: false, refusal: { code: 'commitments.noteTooLong' } });
    expect(reviewCommitment(second, 'nope', 'done', '', facilitator, 202)).toMatchObject({ ok: false, refusal: { code: 'commitments.notFound' } });
    expect(reviewCommitment(second, id, 'done', '', { deviceId: 'phone', role: 'participant' }, 203)).toMatchObject({ ok: false, refusal: { code: 'commitments.facilitatorOnly' } });
    const stored = readCommitments(second).commitments.find((commitment) => commitment.id === id);
    expect(stored?.reviews).toEqual([{ status: 'inProgress', note: 'Two of three held', at: 200, byDevice: 'laptop-1', byName: 'Grace' }]);
    expect(stored?.carriedAt).toBe(100);
  });

  it('offers a commitment again while it is open, under its first id, and never once it is done or dropped', () => {
    const first = heldWorkshop('ws-1', 'Nairobi', '2026-03-02');
    const second = { id: 'ws-2', title: 'Kigali', date: '2026-05-10', doc: makeWorkshop() };
    const carried = openCommitments([first]);
    carryForward(second.doc, carried, 100);
    const [trainings, portal, policy] = carried.map((commitment) => commitment.id);
    reviewCommitment(second.doc, trainings!, 'inProgress', 'Two of three held', facilitator, 200);
    reviewCommitment(second.doc, portal!, 'done', '', facilitator, 201);
    reviewCommitment(second.doc, policy!, 'inProgress', '', facilitator, 202);
    reviewCommitment(second.doc, policy!, 'dropped', 'Replaced by the regional policy', facilitator, 203);
    const next = openCommitments([first, second]);
    expect(next.map((commitment) => commitment.id)).toEqual([trainings]);
    expect(next[0]).toMatchObject({ origin: { workshopId: 'ws-1' }, lastReview: { status: 'inProgress' }, lastWorkshopTitle: 'Kigali', reviews: [] });
  });
});

describe('a commitment’s history across the programme', () => {
  it('lists the origin and each workshop’s reviews in programme order, with the latest status', () => {
    const first = heldWorkshop('ws-1', 'Nairobi', '2026-03-02');
    const second = { id: 'ws-2', title: 'Kigali', date: '2026-05-10', doc: makeWorkshop() };
    const third = { id: 'ws-3', title: 'Dakar', date: '2026-07-01', doc: makeWorkshop() };
    const [trainings] = openCommitments([first]);
    carryForward(second.doc, [trainings!], 100);
    reviewCommitment(second.doc, trainings!.id, 'inProgress', 'Two of three held', facilitator, 200);
    carryForward(third.doc, openCommitments([first, second]), 300);
    reviewCommitment(third.doc, trainings!.id, 'done', 'All three held', facilitator, 400);
    const histories = commitmentHistories([first, second, third]);
    // The two items the second workshop did not carry reach the third from the first.
    expect(histories.map((entry) => entry.steps.map((step) => step.workshopId).join())).toEqual(['ws-2,ws-3', 'ws-3', 'ws-3']);
    const history = histories.find((entry) => entry.id === trainings!.id);
    expect(history?.origin).toMatchObject({ workshopId: 'ws-1', workshopTitle: 'Nairobi', kind: 'roadmap' });
    expect(history?.steps.map((step) => [step.workshopTitle, step.reviews.map((review) => `${review.status}: ${review.note}`)])).toEqual([
      ['Kigali', ['inProgress: Two of three held']],
      ['Dakar', ['done: All three held']],
    ]);
    expect(history?.current?.status).toBe('done');
  });
});

describe('the report’s follow-up', () => {
  it('counts by status and names first what has not moved, lines with a note first, two at most', () => {
    const doc = makeWorkshop();
    const chosen = ['A', 'B', 'C', 'D', 'E'].map((title) => ({
      id: `ws-1/plan/${title}`,
      origin: { workshopId: 'ws-1', workshopTitle: 'Nairobi', workshopDate: '', kind: 'plan' as const, itemId: title },
      title,
      owner: title === 'C' ? 'Ministry' : '',
      reviews: [],
    }));
    expect(followUpData(doc)).toBeUndefined();
    carryForward(doc, chosen, 1);
    reviewCommitment(doc, 'ws-1/plan/A', 'done', 'Held', facilitator, 2);
    reviewCommitment(doc, 'ws-1/plan/B', 'inProgress', '', facilitator, 3);
    reviewCommitment(doc, 'ws-1/plan/C', 'inProgress', 'Budget found', facilitator, 4);
    reviewCommitment(doc, 'ws-1/plan/D', 'notStarted', '', facilitator, 5);
    const data = followUpData(doc);
    expect(data?.total).toBe(5);
    expect(data?.counts).toEqual({ done: 1, inProgress: 2, notStarted: 1, dropped: 0, unreviewed: 1 });
    expect(data?.lines.map((line) => [line.title, line.status, line.note, line.owner])).toEqual([
      ['D', 'notStarted', '', ''],
      ['C', 'inProgress', 'Budget found', 'Ministry'],
    ]);
  });
});
