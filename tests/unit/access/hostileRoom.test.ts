import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf, setActivity } from '../../../shared/activities/config';
import type { CardsActivity } from '../../../shared/activities/activitySchema';
import { addCard, cardsRoot, readCards } from '../../../shared/activities/cards';
import { askQuestion } from '../../../shared/activities/questions';
import { readBallots, votesRoot } from '../../../shared/activities/votes';
import { participantsRoot } from '../../../shared/attendance/schema';
import { readParticipants, registerSelf } from '../../../shared/attendance/register';
import { ratingsRoot } from '../../../shared/competencies/assessment';
import { createTeam, joinTeam } from '../../../shared/hackathon/teams';
import { scoresRoot, submissionsRoot, teamsRoot } from '../../../shared/hackathon/schema';
import { submit } from '../../../shared/hackathon/submissions';
import { updateSettings } from '../../../shared/hackathon/settings';
import { readChallenges } from '../../../shared/hackathon/challenges';
import { editCanvas } from '../../../shared/hackathon/canvas';
import { proposeItem, addItems } from '../../../shared/roadmap/items';
import { roadmapRoot } from '../../../shared/roadmap/schema';
import { setPollClosed } from '../../../shared/run/state';
import { readWorkshop, metaMap, movePart, partsMap, setMeta } from '../../../shared/workshop/doc';
import { hackathonRoom, trustedRoom, type Peer, type Room } from '../../fixtures/trustedRoom';

function cardsConfig(doc: Y.Doc, partId: string): CardsActivity {
  return activityOf(readWorkshop(doc).parts.find((part) => part.id === partId)!, { format: 'forum3' }) as CardsActivity;
}

function refusedBecause(peer: Peer, change: Parameters<Peer['write']>[0]): string {
  const result = peer.write(change);
  return result.outcome === 'refused' ? result.reason : result.outcome;
}

/** The facilitator's parts of the document as everyone should keep seeing them. */
function facilitatorView(doc: Y.Doc): string {
  return JSON.stringify([metaMap(doc).toJSON(), partsMap(doc).toJSON(), doc.getMap('run').toJSON()]);
}

function addOwnCard(room: Room, peer: Peer, text: string): string {
  const partId = room.parts.Challenges!;
  let id = '';
  peer.write((doc, actor) => {
    const added = addCard(doc, partId, { text }, actor, cardsConfig(doc, partId), 1);
    if (added.ok) id = added.value;
  });
  return id;
}

describe('a participant with a script cannot rewrite what the room decided', () => {
  it('the agenda, the run and the details stay the facilitator’s', () => {
    const room = trustedRoom();
    const mallory = room.join('p-mallory');
    const before = facilitatorView(room.hub);
    const partId = room.parts.Framework!;
    expect(refusedBecause(mallory, (doc) => metaMap(doc).set('title', 'Hijacked'))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => partsMap(doc).get(partId)!.set('minutes', 600))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => doc.getMap('run').set('currentPartId', partId))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => partsMap(doc).delete(partId))).toBe('facilitator-root');
    expect(facilitatorView(room.hub)).toBe(before);
    expect(room.converged(room.facilitator)).toBe(true);
  });

  it('cards: nobody writes, edits, holds back or deletes someone else’s card', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const mallory = room.join('p-mallory');
    const partId = room.parts.Challenges!;
    const card = addOwnCard(room, amina, 'Data stays in silos');
    expect(refusedBecause(mallory, (doc, actor) => addCard(doc, partId, { text: 'In Amina’s name' }, { ...actor, deviceId: 'p-amina' }, cardsConfig(doc, partId), 2))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => (doc.getMap(cardsRoot).get(card) as Y.Map<unknown>).set('text', 'Rewritten'))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => doc.getMap(cardsRoot).delete(card))).toBe('removal');
    expect(refusedBecause(amina, (doc) => (doc.getMap(cardsRoot).get(card) as Y.Map<unknown>).set('clusterId', 'c1'))).toBe('field');
    expect(refusedBecause(mallory, (doc) => doc.getMap(cardsRoot).set('junk', 'not a card'))).toBe('content');
    expect(readCards(room.hub).cards).toMatchObject([{ id: card, text: 'Data stays in silos', authorDevice: 'p-amina' }]);
    expect(room.converged(room.facilitator, amina)).toBe(true);
  });

  it('votes: one ballot each, within the budget, and nothing once the vote is closed', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const mallory = room.join('p-mallory');
    const pollId = room.parts.Vote!;
    const card = addOwnCard(room, amina, 'Procurement takes a year');
    const other = addOwnCard(room, amina, 'No laptops for staff');
    const ballot = (dots: string[]) => ({ dots, updatedAt: 5 });
    expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).set(`${pollId}/p-amina`, ballot([card])))).toBe('not-yours');
    for (let voter = 0; voter < 20; voter++) expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).set(`${pollId}/invented-${voter}`, ballot([card])))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).set(`${pollId}/p-mallory`, ballot([card, card, card, card])))).toBe('budget');
    expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).set(`${pollId}/p-mallory`, ballot([card, other, card, other])))).toBe('budget');
    expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).set(`${pollId}/p-mallory`, ballot(['no-such-card'])))).toBe('schema');
    expect(mallory.write((doc) => doc.getMap(votesRoot).set(`${pollId}/p-mallory`, ballot([card]))).outcome).toBe('applied');
    room.facilitator.write((doc) => setPollClosed(doc, pollId, true, 6));
    expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).set(`${pollId}/p-mallory`, ballot([card, other])))).toBe('closed');
    expect(refusedBecause(mallory, (doc) => doc.getMap(votesRoot).delete(`${pollId}/p-mallory`))).toBe('closed');
    expect([...readBallots(room.hub, pollId).ballots]).toEqual([['p-mallory', [card]]]);
  });

  it('the agenda as it stands decides: what the facilitator changes counts from the next update', () => {
    // The hub remembers what the agenda says between updates (lookups.ts); each change must
    // still be seen at once.
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const partId = room.parts.Challenges!;
    const pollId = room.parts.Vote!;
    const card = addOwnCard(room, amina, 'Data stays in silos');
    const ballot = (dots: string[]) => ({ dots, updatedAt: 5 });
    expect(amina.write((doc) => doc.getMap(votesRoot).set(`${pollId}/p-amina`, ballot([card]))).outcome).toBe('applied');
    // New cards are held back from now on: a card written by an app that has not heard yet is refused.
    room.facilitator.write((doc) => setActivity(doc, partId, { ...cardsConfig(doc, partId), holdNew: true }));
    expect(refusedBecause(amina, (doc, actor) => addCard(doc, partId, { text: 'Shown at once' }, actor, { ...cardsConfig(doc, partId), holdNew: false }, 2))).toBe('field');
    expect(addOwnCard(room, amina, 'Held back, as asked')).not.toBe('');
    // The vote moved before the brainstorm: it has no cards to vote on any more.
    room.facilitator.write((doc) => movePart(doc, pollId, 0));
    expect(refusedBecause(amina, (doc) => doc.getMap(votesRoot).set(`${pollId}/p-amina`, ballot([card, card])))).toBe('schema');
    // The format decides a brainstorm's default categories: a part without its own activity
    // takes the new format's at once.
    const other = trustedRoom();
    const kofi = other.join('p-kofi');
    const challenges = other.parts.Challenges!;
    expect(kofi.write((doc, actor) => addCard(doc, challenges, { text: 'No shared registry', category: 'dataInfrastructure' }, actor, cardsConfig(doc, challenges), 1)).outcome).toBe('applied');
    other.facilitator.write((doc) => setMeta(doc, { format: 'blank' }));
    expect(refusedBecause(kofi, (doc, actor) => addCard(doc, challenges, { text: 'No shared budget', category: 'dataInfrastructure' }, actor, { ...cardsConfig(doc, challenges), categories: [{ id: 'dataInfrastructure' }] }, 2))).toBe('schema');
  });

  it('ratings, upvotes and the register: only one’s own', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const mallory = room.join('p-mallory');
    amina.write((doc) => registerSelf(doc, 'p-amina', { name: 'Amina', group: 'government', gender: 'woman' }, 1));
    let question = '';
    amina.write((doc, actor) => {
      const asked = askQuestion(doc, room.parts.Questions!, 'Who pays?', actor, { kind: 'qna', maxLength: 280, anonymous: true }, 2);
      if (asked.ok) question = asked.value;
    });
    expect(refusedBecause(mallory, (doc) => doc.getMap(ratingsRoot).set('before/p-amina', { round: 'before', levels: { digitalLiteracy: 1 }, updatedAt: 3 }))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => ((doc.getMap('questions').get(question) as Y.Map<unknown>).get('upvotes') as Y.Map<boolean>).set('p-amina', true))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => (doc.getMap('questions').get(question) as Y.Map<unknown>).set('answered', true))).toBe('field');
    expect(refusedBecause(mallory, (doc) => (doc.getMap(participantsRoot).get('p-amina') as Y.Map<unknown>).set('gender', 'man'))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => doc.getMap(participantsRoot).delete('p-amina'))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => registerSelf(doc, 'p-someone', { name: 'Invented' }, 4))).toBe('not-yours');
    expect(readParticipants(room.hub).participants).toMatchObject([{ id: 'p-amina', gender: 'woman' }]);
  });

  it('the roadmap: no deciding on items, no rewriting others’ items, no erasing descriptions or history', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const mallory = room.join('p-mallory');
    const part = room.parts.Roadmap!;
    let item = '';
    room.facilitator.write((doc, actor) => {
      const added = addItems(doc, part, [{ title: 'Regional trainings', horizon: 'y1h1' }], actor, 1);
      if (added.ok) item = added.value[0]!;
    });
    let proposal = '';
    mallory.write((doc, actor) => {
      const proposed = proposeItem(doc, part, { title: 'My idea', horizon: 'y1h2' }, actor, 2);
      if (proposed.ok) proposal = proposed.value;
    });
    const itemMap = (doc: Y.Doc, id: string) => doc.getMap(roadmapRoot).get(id) as Y.Map<unknown>;
    expect(refusedBecause(mallory, (doc) => itemMap(doc, proposal).set('status', 'agreed'))).toBe('field');
    expect(refusedBecause(mallory, (doc) => itemMap(doc, item).set('title', 'Nothing at all'))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => itemMap(doc, item).set('description', new Y.XmlFragment()))).toBe('removal');
    expect(refusedBecause(mallory, (doc) => {
      const history = itemMap(doc, item).get('history') as Y.Array<unknown>;
      history.delete(0, history.length);
    })).toBe('removal');
    expect(refusedBecause(amina, (doc) => doc.getMap(roadmapRoot).delete(proposal))).toBe('removal');
    expect(room.converged(room.facilitator, amina)).toBe(true);
  });

  it('nothing outside the document’s roots, and nothing nested past what the app writes', () => {
    const room = trustedRoom();
    const mallory = room.join('p-mallory');
    const partId = room.parts.Challenges!;
    expect(refusedBecause(mallory, (doc) => doc.getMap('junk').set('x', 'y'.repeat(1024 * 1024)))).toBe('unknown-root');
    let deep: unknown = 'bottom';
    for (let level = 0; level < 2000; level++) deep = [deep];
    expect(refusedBecause(mallory, (doc, actor) => {
      addCard(doc, partId, { text: 'Looks harmless' }, actor, cardsConfig(doc, partId), 1);
      const card = [...doc.getMap<Y.Map<unknown>>(cardsRoot).values()][0]!;
      card.set('extra', deep);
    })).toBe('too-deep');
    expect(refusedBecause(mallory, (doc) => doc.getMap(cardsRoot).set('big', new Y.Doc()))).not.toBe('applied');
    expect(readCards(room.hub).cards).toEqual([]);
  });

  it('the facilitator may hold, merge and soft-delete, but not erase someone’s entry outright', () => {
    const room = trustedRoom();
    const amina = room.join('p-amina');
    const card = addOwnCard(room, amina, 'Keep me');
    expect(room.facilitator.write((doc) => (doc.getMap(cardsRoot).get(card) as Y.Map<unknown>).set('held', true)).outcome).toBe('applied');
    expect(refusedBecause(room.facilitator, (doc) => doc.getMap(cardsRoot).delete(card))).toBe('removal');
    expect(room.facilitator.write((doc) => doc.getMap(cardsRoot).set('broken', 'not a card')).outcome).toBe('applied');
    expect(room.facilitator.write((doc) => doc.getMap(cardsRoot).delete('broken')).outcome).toBe('applied');
  });
});

describe('in a hackathon, teams, submissions and score sheets belong to their people', () => {
  function teamOf(room: Room, owner: Peer): string {
    let team = '';
    owner.write((doc, actor) => {
      const created = createTeam(doc, { name: 'Permit Busters', challengeId: readChallenges(doc)[0]!.id }, actor, 1);
      if (created.ok) team = created.value;
    });
    return team;
  }

  it('seats, canvases and submissions', () => {
    const room = hackathonRoom();
    const amina = room.join('p-amina');
    const mallory = room.join('p-mallory');
    const team = teamOf(room, amina);
    const teamMap = (doc: Y.Doc) => doc.getMap(teamsRoot).get(team) as Y.Map<unknown>;
    expect(refusedBecause(mallory, (doc) => (teamMap(doc).get('members') as Y.Map<unknown>).delete('p-amina'))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => (teamMap(doc).get('members') as Y.Map<unknown>).set('p-kofi', { name: 'Kofi', joinedAt: 1 }))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc, actor) => editCanvas(doc, team, 'idea', 'Vandalised', { ...actor, role: 'facilitator' }))).toBe('not-member');
    expect(refusedBecause(mallory, (doc) => doc.getMap(submissionsRoot).set(team, { teamId: team, summary: 'x', canvas: {}, submittedAt: 1, firstSubmittedAt: 1, submittedBy: 'p-mallory', deadlineAt: null, late: false }))).toBe('not-member');
    expect(refusedBecause(mallory, (doc) => teamMap(doc).set('deletedAt', 5))).toBe('field');
    room.facilitator.write((doc, actor) => updateSettings(doc, { maxTeamSize: 2 }, actor));
    expect(room.join('p-kofi').write((doc, actor) => joinTeam(doc, team, actor, 2)).outcome).toBe('applied');
    expect(refusedBecause(mallory, (doc) => (teamMap(doc).get('members') as Y.Map<unknown>).set('p-mallory', { name: 'M', joinedAt: 3 }))).toBe('team-full');
  });

  it('score sheets: judges only, their own, not their team’s, within the rubric, until judging closes', () => {
    const room = hackathonRoom();
    const amina = room.join('p-amina');
    const judge = room.join('judge-1', 'judge');
    const team = teamOf(room, amina);
    amina.write((doc, actor) => submit(doc, 'One permit desk.', actor, 2, undefined));
    const sheet = (judgeId: string, marks: Record<string, number>) => ({ judgeId, submissionId: team, marks, updatedAt: 3 });
    expect(refusedBecause(amina, (doc) => doc.getMap(scoresRoot).set(`p-amina/${team}`, sheet('p-amina', { impact: 5 })))).toBe('not-judge');
    expect(refusedBecause(judge, (doc) => doc.getMap(scoresRoot).set(`judge-2/${team}`, sheet('judge-2', { impact: 5 })))).toBe('not-yours');
    expect(refusedBecause(judge, (doc) => doc.getMap(scoresRoot).set(`judge-1/${team}`, sheet('judge-1', { impact: 50 })))).toBe('schema');
    expect(judge.write((doc) => doc.getMap(scoresRoot).set(`judge-1/${team}`, sheet('judge-1', { impact: 4 }))).outcome).toBe('applied');
    room.facilitator.write((doc, actor) => updateSettings(doc, { closed: true }, actor));
    expect(refusedBecause(judge, (doc) => doc.getMap(scoresRoot).set(`judge-1/${team}`, sheet('judge-1', { impact: 1 })))).toBe('closed');
    expect(refusedBecause(amina, (doc, actor) => submit(doc, 'Changed after the close.', actor, 9, undefined))).toBe('unchanged');
  });

  it('a judge who sits in a team cannot score it', () => {
    const room = hackathonRoom();
    const judge = room.join('judge-1', 'judge');
    const team = teamOf(room, judge);
    judge.write((doc, actor) => submit(doc, 'Ours.', actor, 2, undefined));
    expect(refusedBecause(judge, (doc) => doc.getMap(scoresRoot).set(`judge-1/${team}`, { judgeId: 'judge-1', submissionId: team, marks: { impact: 5 }, updatedAt: 3 }))).toBe('own-team');
  });
});
