import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRun, nextPart, pause } from '../../../../shared/run/state';
import { readWorkshop } from '../../../../shared/workshop/doc';
import { craftUpdate, type CraftedId } from '../../../fixtures/craftUpdate';
import { waitUntil } from '../helpers';
import { AdversaryHub } from './adversaryHub';
import { brainstormMinutes, minutesOf, seedForum } from './forumRoom';
import { destroyAllClients, honestPerson, storedCopy, whenSynced } from './honestClient';
import { RawAttacker } from './rawAttacker';
import { sameRoom } from './roomViews';

/** The id of the last clock an item covers: what an origin names. */
function lastId(item: Y.Item): CraftedId {
  return { client: item.id.client, clock: item.id.clock + item.length - 1 };
}

describe('a participant’s own code cannot rewrite what the facilitator decided', () => {
  let hub: AdversaryHub;
  beforeAll(async () => {
    hub = await AdversaryHub.start(['overlap', 'predelete']);
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await hub?.stop();
  });

  it('a struct forged under an earlier planning session’s client id, one clock back and hung on a card, leaves the brainstorm at 45 minutes for the facilitator, a participant and a late joiner', async () => {
    const forum = await seedForum(hub, 'overlap');
    const attacker = await RawAttacker.connect(hub, 'overlap', (await hub.join('overlap')).credential);
    const cardText = (attacker.mirror.getMap('cards').get(forum.cards[0]!) as Y.Map<unknown>)._map.get('text')!;
    // About 22 bytes each: the planning sessions' last structs are the brainstorm's minutes (the
    // second session's last edit) and the last part's position (the first session's).
    for (const [client, value] of [[forum.lastPlanningClient, 600], [forum.facilitatorClients[0]!, 'Hijacked']] as const) {
      const forged = craftUpdate([{ client, clock: Y.getState(attacker.mirror.store, client) - 1, origin: lastId(cardText), content: { any: [value, value] } }]);
      expect(forged.length).toBeLessThan(40);
      attacker.sendUpdate(forged);
    }
    await attacker.settled();

    const late = honestPerson(hub, 'overlap', await hub.join('overlap'), 'Late');
    await whenSynced(late);
    // A real edit after the attack, so convergence is about a room still in use.
    nextPart(forum.facilitator.doc, readWorkshop(forum.facilitator.doc).parts, Date.now());
    const copies = [forum.facilitator.doc, forum.amina.doc, late.doc];
    await waitUntil(() => copies.every((doc) => readRun(doc).currentPartId === forum.parts.Framework), 'everyone has the first step');
    const stored = await storedCopy(hub, 'overlap');
    await waitUntil(() => copies.every((doc) => sameRoom(doc, stored)), 'the hub and every honest copy converge');
    for (const doc of [...copies, stored]) {
      expect(minutesOf(doc, 'Challenges')).toBe(brainstormMinutes);
      const workshop = readWorkshop(doc);
      expect(workshop.problems).toEqual([]);
      expect(workshop.parts).toHaveLength(5);
    }
  });

  it('a delete set over the facilitator’s future clocks hides nothing: the next step reaches participants and a late joiner, also after the hub is killed and restarted', async () => {
    const forum = await seedForum(hub, 'predelete');
    const { facilitator, amina } = forum;
    const parts = () => readWorkshop(facilitator.doc).parts;
    nextPart(facilitator.doc, parts(), Date.now());
    const attacker = await RawAttacker.connect(hub, 'predelete', (await hub.join('predelete')).credential);
    const live = facilitator.doc.clientID;
    await waitUntil(() => Y.getState(attacker.mirror.store, live) === Y.getState(facilitator.doc.store, live), 'the attacker knows the facilitator’s clock');
    // Every clock the facilitator and Amina will write next, deleted before they exist; a Skip
    // over the same clocks claims the update itself accounts for them.
    const future = [live, amina.doc.clientID].map((client) => ({ client, clock: Y.getState(attacker.mirror.store, client), len: 100_000 }));
    attacker.sendUpdate(craftUpdate(future.map(({ client, clock, len }) => ({ client, clock, content: { skip: len } })), future));
    await attacker.settled();

    nextPart(facilitator.doc, parts(), Date.now());
    const late = honestPerson(hub, 'predelete', await hub.join('predelete'), 'Late');
    await waitUntil(() => [amina.doc, late.doc].every((doc) => readRun(doc).currentPartId === forum.parts.Challenges), 'the next step reaches a participant and a late joiner');

    await hub.restart();
    await waitUntil(() => facilitator.provider.synced && amina.provider.synced && facilitator.provider.wsconnected && amina.provider.wsconnected, 'the devices are back on the restarted hub', 20_000);
    pause(facilitator.doc, Date.now());
    const afterRestart = honestPerson(hub, 'predelete', await hub.join('predelete'), 'After restart');
    const paused = (doc: Y.Doc) => readRun(doc).timers.get(forum.parts.Challenges!)?.pausedAt != null;
    await waitUntil(() => [amina.doc, afterRestart.doc].every((doc) => readRun(doc).currentPartId === forum.parts.Challenges && paused(doc)), 'the step and the pause reach everyone after the restart');
    const stored = await storedCopy(hub, 'predelete');
    expect(readRun(stored).currentPartId).toBe(forum.parts.Challenges);
    expect(paused(stored)).toBe(true);
    await waitUntil(() => [amina.doc, afterRestart.doc].every((doc) => sameRoom(doc, facilitator.doc)), 'everyone converges');
  });
});
