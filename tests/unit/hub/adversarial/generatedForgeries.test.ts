import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsRoot } from '../../../../shared/activities/cards';
import { votesRoot } from '../../../../shared/activities/votes';
import { participantsRoot } from '../../../../shared/attendance/schema';
import { registerSelf } from '../../../../shared/attendance/register';
import { ratingsRoot } from '../../../../shared/competencies/assessment';
import { nextPart } from '../../../../shared/run/state';
import { readWorkshop } from '../../../../shared/workshop/doc';
import { facilitatorRoots, participantRoots } from '../../../../shared/workshop/roots';
import { craftUpdate, type CraftedDeletion, type CraftedId, type CraftedItem } from '../../../fixtures/craftUpdate';
import { seededRandom } from '../fuzzFrames';
import { waitUntil } from '../helpers';
import { AdversaryHub, type Person } from './adversaryHub';
import { seedForum, type ForumRoom } from './forumRoom';
import { calmWorst, watchHealth } from './healthWatch';
import { destroyAllClients, storedCopy } from './honestClient';
import { RawAttacker } from './rawAttacker';
import { sameRoom, stableJson } from './roomViews';

const seed = 20_261_202;
const attempts = 800;

/** What nobody but its owner (or the facilitator) may change: every facilitator root, and every
 *  entry of the participant roots that is not one of the attackers'. */
function protectedView(doc: Y.Doc, attackers: ReadonlySet<string>): string {
  // Entries sorted by key: each device lists a map's keys in the order they reached it.
  const others = (root: string, owner: (key: string, value: unknown) => string | undefined) =>
    Object.entries(doc.getMap(root).toJSON())
      .filter(([key, value]) => !attackers.has(owner(key, value) ?? ''))
      .sort(([a], [b]) => (a < b ? -1 : 1));
  return stableJson([
    ...facilitatorRoots.map((root) => doc.getMap(root).toJSON()),
    others(cardsRoot, (_key, card) => (card as { authorDevice?: string }).authorDevice),
    others(votesRoot, (key) => key.split('/')[1]),
    others(ratingsRoot, (key) => key.split('/')[1]),
    others(participantsRoot, (key) => key),
    ...participantRoots.filter((root) => ![cardsRoot, votesRoot, ratingsRoot, participantsRoot].includes(root)).map((root) => doc.getMap(root).toJSON()),
  ]);
}

/** Ids an origin, a parent or a deletion can name: the first and last clock of every struct. */
function structIds(doc: Y.Doc): CraftedId[] {
  const ids: CraftedId[] = [];
  for (const [client, structs] of doc.store.clients) for (const struct of structs) ids.push({ client, clock: struct.id.clock }, { client, clock: struct.id.clock + struct.length - 1 });
  return ids;
}

describe('hundreds of random forged updates against the real hub', () => {
  let hub: AdversaryHub;
  let forum: ForumRoom;
  beforeAll(async () => {
    // A refusal budget far above the default, so that hundreds of forgeries reach the judge
    // rather than being turned away unread once each identity has had its few rebuilds a minute.
    hub = await AdversaryHub.start(['generated'], ['--refusals-per-minute', '100000']);
    forum = await seedForum(hub, 'generated');
  });
  afterAll(async () => {
    destroyAllClients();
    await hub?.stop();
  });

  it('never change the facilitator’s parts or anyone else’s entries, the hub and honest devices converge, and /health answers within 100 ms throughout', async () => {
    nextPart(forum.facilitator.doc, readWorkshop(forum.facilitator.doc).parts, Date.now());
    const people: Person[] = [];
    for (let index = 0; index < 3; index++) people.push(await hub.join('generated'));
    const sockets = await Promise.all(people.map((person) => RawAttacker.connect(hub, 'generated', person.credential)));
    const attackerIds = new Set(people.map((person) => person.id));
    // One client id of the attackers' own, bound to them by an accepted edit.
    const own = Y.decodeUpdate(sockets[0]!.forge((doc) => registerSelf(doc, people[0]!.id, { name: 'Mallory' }, 1))).structs[0]!.id.client;
    await waitUntil(() => forum.facilitator.doc.getMap(participantsRoot).has(people[0]!.id), 'the attacker’s own row is in');

    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const roots = [...facilitatorRoots, ...participantRoots, 'junk'];
    const pollId = forum.parts.Vote!;
    const subs = ['text', 'title', 'minutes', 'held', 'authorDevice', `${pollId}/${forum.amina.person.id}`, `${pollId}/${people[0]!.id}`, forum.amina.person.id, people[0]!.id, forum.cards[0]!, 'currentPartId', 'x'];
    const values: unknown[] = [600, 'x', null, true, { dots: [forum.cards[4]], updatedAt: 1 }, { text: 'y' }, [[[[1]]]]];
    const baseline = () => protectedView(forum.facilitator.doc, attackerIds);
    const before = baseline();
    const calm = await calmWorst(hub.port);
    const health = watchHealth(hub.port);
    /** The forgeries since the last check, to name in a failure. */
    let recent: string[] = [];
    
    for (let attempt = 0; attempt < attempts; attempt++) {
      const index = attempt % sockets.length;
      if (sockets[index]!.closed) sockets[index] = await RawAttacker.connect(hub, 'generated', people[index]!.credential);
      const socket = sockets[index]!;
      const ids = structIds(socket.mirror);
      const client = pick([...socket.mirror.store.clients.keys(), own, own, 8_000_000 + attempt]);
      let clock = Math.max(0, Y.getState(socket.mirror.store, client) + Math.floor(next() * 5) - 2);
      const items: CraftedItem[] = [];
      for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
        const shape = next();
        const item: CraftedItem = { client, clock, content: pick([{ any: [pick(values)] }, { string: 'ab' }, { type: 'map' as const }, { type: 'text' as const }, { deleted: 1 }, { any: [pick(values), pick(values)] }]) };
        if (shape < 0.35) item.origin = pick(ids);
        else if (shape < 0.5) item.rightOrigin = pick(ids);
        else if (shape < 0.6) {
          item.origin = pick(ids);
          item.rightOrigin = pick(ids);
        } else {
          item.parent = next() < 0.5 ? pick(roots) : pick(ids);
          if (next() < 0.8) item.parentSub = pick(subs);
        }
        items.push(item);
        clock += 'any' in item.content ? item.content.any.length : 'string' in item.content ? 2 : 1;
      }
      const deletions: CraftedDeletion[] = [];
      for (let count = Math.floor(next() * 3); count > 0; count--) {
        const target = pick(ids);
        deletions.push({ client: target.client, clock: Math.max(0, target.clock - Math.floor(next() * 3)), len: 1 + Math.floor(next() * (next() < 0.1 ? 100_000 : 4)) });
      }
      // Mostly in the order an encoder writes them, so that many get past the first look.
      if (next() < 0.7) deletions.sort((a, b) => a.client - b.client || a.clock - b.clock).splice(1);
      const sent = next() < 0.1 ? [] : items;
      socket.sendUpdate(craftUpdate(sent, deletions));
      recent.push(JSON.stringify({ attempt, items: sent, deletions }));

      if (attempt % 40 === 39 || attempt === attempts - 1) {
        await Promise.all(sockets.map((each) => each.settled()));
        const context = `seed ${seed}, attempts up to ${attempt}:\n${recent.join('\n')}`;
        await waitUntil(() => sameRoom(forum.facilitator.doc, forum.amina.doc), `the facilitator and Amina agree (${context})`);
        expect(baseline(), context).toBe(before);
        expect(protectedView(forum.amina.doc, attackerIds), context).toBe(before);
        recent = [];
      }
    }
    const { worst, polls } = await health.stop();
    const stored = await storedCopy(hub, 'generated');
    await waitUntil(() => sameRoom(forum.facilitator.doc, stored) && sameRoom(forum.amina.doc, stored), 'the hub and the honest devices converge');
    expect(protectedView(stored, attackerIds)).toBe(before);

    const reasons = new Map<string, number>();
    for (const socket of sockets) for (const denial of socket.denials) reasons.set(denial, (reasons.get(denial) ?? 0) + 1);
    console.log(`${attempts} forgeries: /health worst ${worst.toFixed(0)} ms over ${polls.length} polls (${calm.toFixed(0)} ms before the attack); refusals ${[...reasons].map(([reason, count]) => `${reason.replace('update refused ', '')} ${count}`).join(', ')}`);
    expect(reasons.size).toBeGreaterThanOrEqual(5);
    expect(hub.alive).toBe(true);
    expect(worst).toBeLessThan(100 + calm);
  }, 60_000);
});
