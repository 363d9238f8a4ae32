import { describe, expect, it } from 'vitest';
import { setActivity } from '../../../shared/activities/config';
import { answerInsight, insightsRoot, readInsightAnswers } from '../../../shared/insights/answers';
import { setPollClosed } from '../../../shared/run/state';
import { forumParts, trustedRoom, type Peer } from '../../fixtures/trustedRoom';

/** The ten insights check over the hub: each person writes only their own answers, only where
 *  and while the check runs, and only answers the check offers. */

function refusedBecause(peer: Peer, change: Parameters<Peer['write']>[0]): string {
  const result = peer.write(change);
  return result.outcome === 'refused' ? result.reason : result.outcome;
}

function insightsRoom() {
  const room = trustedRoom([...forumParts, { title: 'Insights', kind: 'other', minutes: 20, questions: [], fixedStart: '' }]);
  const partId = room.parts.Insights!;
  room.facilitator.write((doc) => setActivity(doc, partId, { kind: 'insights', anonymous: true }));
  return { room, partId };
}

const open = { closed: false, now: 1 };

describe('the insights root on the hub', () => {
  it('takes a participant’s own answers and refuses a forged entry in someone else’s name', () => {
    const { room, partId } = insightsRoom();
    const amina = room.join('p-amina');
    const mallory = room.join('p-mallory');
    expect(amina.write((doc) => answerInsight(doc, partId, 'p-amina', 'leadership', 4, open)).outcome).toBe('applied');
    // Forged: a new sheet under Amina's key, and an overwrite of the sheet she already has.
    expect(refusedBecause(mallory, (doc) => doc.getMap(insightsRoot).set(`${partId}/p-amina`, { answers: { leadership: 1 }, updatedAt: 2 }))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => doc.getMap(insightsRoot).set(`${partId}/p-kofi`, { answers: { data: 1 }, updatedAt: 2 }))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => doc.getMap(insightsRoot).delete(`${partId}/p-amina`))).toBe('not-yours');
    expect(readInsightAnswers(room.hub, partId).byPerson.get('p-amina')).toEqual({ leadership: 4 });
    expect(room.converged(room.facilitator, amina)).toBe(true);
  });

  it('refuses answers off the scale, outside a check part, after the check closes, and removal of one’s own', () => {
    const { room, partId } = insightsRoom();
    const kofi = room.join('p-kofi');
    const key = `${partId}/p-kofi`;
    expect(refusedBecause(kofi, (doc) => doc.getMap(insightsRoot).set(key, { answers: { leadership: 9 }, updatedAt: 1 }))).toBe('schema');
    expect(refusedBecause(kofi, (doc) => doc.getMap(insightsRoot).set(key, { answers: { madeUp: 3 }, updatedAt: 1 }))).toBe('schema');
    expect(refusedBecause(kofi, (doc) => doc.getMap(insightsRoot).set(`${room.parts.Challenges!}/p-kofi`, { answers: { data: 3 }, updatedAt: 1 }))).toBe('schema');
    expect(kofi.write((doc) => answerInsight(doc, partId, 'p-kofi', 'data', 'dontKnow', open)).outcome).toBe('applied');
    expect(refusedBecause(kofi, (doc) => doc.getMap(insightsRoot).delete(key))).toBe('removal');
    room.facilitator.write((doc) => setPollClosed(doc, partId, true, 5));
    expect(refusedBecause(kofi, (doc) => doc.getMap(insightsRoot).set(key, { answers: { data: 2 }, updatedAt: 6 }))).toBe('closed');
    expect(readInsightAnswers(room.hub, partId).byPerson.get('p-kofi')).toEqual({ data: 'dontKnow' });
  });
});
