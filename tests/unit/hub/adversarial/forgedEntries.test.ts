import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteCard, readCards } from '../../../../shared/activities/cards';
import { ballotKey, readBallots } from '../../../../shared/activities/votes';
import { participantsRoot } from '../../../../shared/attendance/schema';
import { readParticipants } from '../../../../shared/attendance/register';
import { updateSettings } from '../../../../shared/hackathon/settings';
import { isMarked, outcomeMarksRoot, readMarks, setMarked } from '../../../../shared/outcome/marks';
import { readRun, setPollClosed } from '../../../../shared/run/state';
import { craftUpdate } from '../../../fixtures/craftUpdate';
import { waitUntil } from '../helpers';
import { AdversaryHub } from './adversaryHub';
import { freshClient } from './costlyFrames';
import { ranking, seedForum, type ForumRoom } from './forumRoom';
import { results, seedHackathon } from './hackathonRoom';
import { destroyAllClients, storedCopy, type HonestClient } from './honestClient';
import { RawAttacker } from './rawAttacker';
import { roomContent, sameRoom, unknownRoots } from './roomViews';

describe('participants’ entries belong to them: votes, score sheets, cards and the register', () => {
  let hub: AdversaryHub;
  let forum: ForumRoom;
  beforeAll(async () => {
    hub = await AdversaryHub.start(['entries', 'judging']);
    forum = await seedForum(hub, 'entries');
  });
  afterAll(async () => {
    destroyAllClients();
    await hub?.stop();
  });

  const attacker = async (room = 'entries') => {
    const person = await hub.join(room);
    return { person, socket: await RawAttacker.connect(hub, room, person.credential) };
  };
  /** The facilitator's and Amina's copies, and what the hub stored, once the attack has been answered. */
  const honestCopies = async (socket: RawAttacker, room = 'entries', clients: HonestClient[] = [forum.facilitator, forum.amina]): Promise<Y.Doc[]> => {
    await socket.settled();
    const stored = await storedCopy(hub, room);
    await waitUntil(() => clients.every((client) => sameRoom(client.doc, stored)), 'the honest copies match the hub');
    return [...clients.map((client) => client.doc), stored];
  };
  afterEach(() => {
    // Every honest copy still reads as the app reads it.
    for (const client of [forum.facilitator, forum.amina]) expect(() => roomContent(client.doc)).not.toThrow();
  });

  it('a ballot of ten dots on one card, past the budget of three, is on nobody’s copy and the ranking does not move', async () => {
    const pollId = forum.parts.Vote!;
    const before = ranking(forum.facilitator.doc, pollId);
    const { person, socket } = await attacker();
    socket.forge((doc) => doc.getMap('votes').set(ballotKey(pollId, person.id), { dots: Array.from({ length: 10 }, () => forum.cards[4]!), updatedAt: 20 }));
    for (const doc of await honestCopies(socket)) {
      expect(readBallots(doc, pollId).ballots.has(person.id)).toBe(false);
      expect(ranking(doc, pollId)).toEqual(before);
    }
  });

  it('twenty ballots for invented voters after the vote closed do not move the fifth card to first on the projector', async () => {
    const pollId = forum.parts.Vote!;
    setPollClosed(forum.facilitator.doc, pollId, true, 30);
    await waitUntil(() => readRun(forum.amina.doc).polls.get(pollId)?.closed === true, 'Amina sees the vote closed');
    const before = ranking(forum.facilitator.doc, pollId);
    const fifth = forum.cards[4]!;
    expect(before[fifth]!.rank).toBeGreaterThan(1);
    const { socket } = await attacker();
    socket.forge((doc) => {
      for (let voter = 0; voter < 20; voter++) doc.getMap('votes').set(ballotKey(pollId, `p-invented-${voter}`), { dots: [fifth, fifth, fifth], updatedAt: 31 });
    });
    for (const doc of await honestCopies(socket)) {
      expect(ranking(doc, pollId)).toEqual(before);
      expect(readBallots(doc, pollId).ballots.size).toBe(2);
    }
  });

  it('rewriting a judge’s score sheets does not change the hackathon’s results', async () => {
    const hack = await seedHackathon(hub, 'judging');
    const { socket } = await attacker('judging');
    const [first, second] = hack.teams;
    const sheet = (team: string, mark: number) => ({ judgeId: hack.judge.person.id, submissionId: team, marks: { impact: mark, feasibility: mark }, updatedAt: 99 });
    socket.forge((doc) => {
      doc.getMap('scores').set(`${hack.judge.person.id}/${first}`, sheet(first, 1));
      doc.getMap('scores').set(`${hack.judge.person.id}/${second}`, sheet(second, 5));
    });
    await socket.settled();
    updateSettings(hack.facilitator.doc, { closed: true }, hack.facilitator.actor);
    const copies = await honestCopies(socket, 'judging', [hack.facilitator, hack.amina, hack.judge]);
    for (const doc of copies) {
      const rows = results(doc, hack.facilitator);
      expect(rows.map((row) => [row.submissionId, row.rank, row.raw])).toEqual([[first, 1, 4.6], [second, 2, 2.4]]);
    }
  });

  it('deleting, or withdrawing, other people’s cards leaves them on every copy', async () => {
    const { socket } = await attacker();
    const target = forum.cards[0]!;
    const item = (socket.mirror.getMap('cards').get(target) as Y.Map<unknown>)._item!;
    socket.sendUpdate(craftUpdate([], [{ client: item.id.client, clock: item.id.clock, len: item.length }]));
    socket.forge((doc) => doc.getMap('cards').delete(forum.cards[1]!));
    socket.forge((doc) => deleteCard(doc, forum.cards[2]!, { deviceId: forum.kofi.person.id, role: 'participant' }, 40));
    for (const doc of await honestCopies(socket)) {
      const live = readCards(doc).cards.filter((card) => card.deletedAt === undefined).map((card) => card.id);
      expect(live).toEqual(expect.arrayContaining(forum.cards));
    }
  });

  it('emptying the attendance register leaves every row on every copy', async () => {
    const { socket } = await attacker();
    socket.forge((doc) => {
      for (const key of [...doc.getMap(participantsRoot).keys()]) doc.getMap(participantsRoot).delete(key);
    });
    for (const doc of await honestCopies(socket)) expect(readParticipants(doc).participants.map((row) => row.id).sort()).toEqual([forum.amina.person.id, forum.kofi.person.id].sort());
  });

  it('marking one’s own card as an outcome, or unmarking the facilitator’s mark, is on nobody’s copy', async () => {
    setMarked(forum.facilitator.doc, 'card', forum.cards[1]!, true, 1_000);
    await waitUntil(() => isMarked(forum.amina.doc, 'card', forum.cards[1]!), 'the facilitator’s mark reaches Amina');
    const { socket } = await attacker();
    socket.forge((doc) => setMarked(doc, 'card', forum.cards[0]!, true, 2_000));
    socket.forge((doc) => setMarked(doc, 'card', forum.cards[1]!, false, 3_000));
    socket.forge((doc) => doc.getMap(outcomeMarksRoot).set('roadmap:invented', { kind: 'roadmap', id: 'invented', at: 4_000 }));
    for (const doc of await honestCopies(socket)) expect(readMarks(doc)).toEqual([{ kind: 'card', id: forum.cards[1]!, at: 1_000 }]);
  });

  it('a 1 MB root the app does not know reaches nobody and is not stored', async () => {
    const { socket } = await attacker();
    socket.sendUpdate(craftUpdate([{ client: freshClient(), clock: 0, parent: 'junk', parentSub: 'payload', content: { string: 'x'.repeat(1024 * 1024) } }]));
    for (const doc of await honestCopies(socket)) {
      expect(unknownRoots(doc)).toEqual([]);
      expect(Y.encodeStateAsUpdate(doc).length).toBeLessThan(64 * 1024);
    }
  });
});
