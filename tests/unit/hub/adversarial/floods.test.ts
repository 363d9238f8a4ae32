import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf } from '../../../../shared/activities/config';
import type { CardsActivity } from '../../../../shared/activities/activitySchema';
import { addCard, readCards } from '../../../../shared/activities/cards';
import { readWorkshop } from '../../../../shared/workshop/doc';
import { craftUpdate } from '../../../fixtures/craftUpdate';
import { waitUntil } from '../helpers';
import { AdversaryHub, type Person } from './adversaryHub';
import { cardUpdate, tinyStructs, validCards } from './bulkFrames';
import { freshClient } from './costlyFrames';
import { filesMentioning } from './dataFolder';
import { seedForum, type ForumRoom } from './forumRoom';
import { calmWorst, watchHealth } from './healthWatch';
import { destroyAllClients, honestPerson, storedCopy, whenSynced } from './honestClient';
import { RawAttacker } from './rawAttacker';
import { sameRoom } from './roomViews';
import { awarenessFrame } from './wireFrames';

const MiB = 1024 * 1024;
/** What the app's own client accepts in one frame (renderer/src/sync/guardedSocket.ts). */
const appFrameLimit = 16 * MiB;

/** Resolves when the socket is closed, or after `ms` if it stays open. A hostile client paces
 *  itself like this to stay within the hub's byte rate (bursts of 16 MiB, then 2 MiB/s), so that
 *  the rate limit does not cut it off before its attack is in place. */
const closedWithin = (socket: RawAttacker, ms: number) => waitUntil(() => socket.closed, 'the socket closed', ms).catch(() => undefined);

describe('floods of presence, size and count', () => {
  let hub: AdversaryHub;
  let forum: ForumRoom;
  beforeAll(async () => {
    hub = await AdversaryHub.start(['flood', 'quota']);
    forum = await seedForum(hub, 'flood');
  });
  afterEach(async () => {
    // The room stays in use after each flood: an honest edit still reaches everyone.
    forum.facilitator.doc.getMap('run').set('note', `after ${expect.getState().currentTestName}`);
    await waitUntil(() => forum.amina.doc.getMap('run').get('note') === forum.facilitator.doc.getMap('run').get('note'), 'an honest edit reaches Amina');
  });
  afterAll(async () => {
    destroyAllClients();
    await hub?.stop();
  });

  const attacker = async (room = 'flood'): Promise<{ person: Person; socket: RawAttacker }> => {
    const person = await hub.join(room);
    return { person, socket: await RawAttacker.connect(hub, room, person.credential) };
  };

  it('a participant parking three 6 MiB presence states is cut off, and a newcomer’s first frames stay far below 16 MiB while it stays connected', async () => {
    const { socket } = await attacker();
    const state = JSON.stringify({ user: { name: 'x'.repeat(6 * MiB) } });
    for (let index = 0; index < 3 && !socket.closed; index++) {
      if (index === 2) await closedWithin(socket, 1_100);
      socket.send(awarenessFrame([{ clientId: 900_000 + index, clock: 1, state }]));
      await socket.settled();
    }
    const watcher = await RawAttacker.connect(hub, 'flood', (await hub.join('flood')).credential);
    expect(Math.max(...watcher.frameSizes)).toBeLessThan(MiB);
    const newcomer = honestPerson(hub, 'flood', await hub.join('flood'), 'Newcomer');
    await whenSynced(newcomer);
    forum.facilitator.doc.getMap('run').set('note', 'welcome');
    await waitUntil(() => newcomer.doc.getMap('run').get('note') === 'welcome', 'the newcomer receives edits');
    expect(newcomer.closes).toEqual([]);
    expect(socket.closed).toBe(true);
    expect(appFrameLimit).toBeGreaterThan(16 * Math.max(...watcher.frameSizes));
  });

  it('four connections sending sixteen 480 KiB cards each, as fast as they may, add nothing to anyone’s copy or the disk', async () => {
    const marker = 'BULK-CARD-5e1b';
    const flooders = await Promise.all([0, 1, 2, 3].map(() => attacker()));
    const text = `${marker} ${'x'.repeat(480 * 1024)}`;
    let sent = 0;
    await Promise.all(
      flooders.map(async ({ person, socket }) => {
        for (let card = 0; card < 16 && !socket.closed; card++) {
          // Only as fast as the socket drains, as a real device's would.
          await waitUntil(() => socket.closed || socket.socket.bufferedAmount < 2 * MiB, 'the socket drained', 10_000);
          socket.sendUpdate(cardUpdate(person.id, forum.parts.Challenges!, text));
          sent++;
        }
        await socket.settled();
      }),
    );
    const stored = await storedCopy(hub, 'flood');
    await waitUntil(() => [forum.facilitator.doc, forum.amina.doc].every((doc) => sameRoom(doc, stored)), 'the honest copies match the hub');
    const flooderIds = new Set(flooders.map(({ person }) => person.id));
    for (const doc of [forum.facilitator.doc, forum.amina.doc, stored]) {
      expect(readCards(doc).cards.filter((card) => flooderIds.has(card.authorDevice))).toEqual([]);
      expect(Y.encodeStateAsUpdate(doc).length).toBeLessThan(MiB);
    }
    expect(sent).toBeGreaterThan(4 * 3);
    expect(filesMentioning(hub.dataDir, [marker])).toEqual([]);
  });

  it('one update of 400,000 tiny entries is refused by the frame or struct limits, without stalling /health', async () => {
    const calm = await calmWorst(hub.port);
    const health = watchHealth(hub.port);
    const frames = [
      tinyStructs('cards', 400_000, [freshClient()]),
      craftUpdate([{ client: freshClient(), clock: 0, parent: 'cards', parentSub: 'tiny-values', content: { any: new Array<boolean>(400_000).fill(true) } }]),
      tinyStructs('cards', 200_000, [1_001, 1_002, 1_003, 1_004]),
    ];
    expect(frames[0]!.length).toBeGreaterThan(2 * MiB);
    expect(frames[2]!.length).toBeLessThan(2 * MiB);
    for (const frame of frames) {
      const { socket } = await attacker();
      socket.sendUpdate(frame);
      await socket.settled();
    }
    const { worst, polls } = await health.stop();
    console.log(`400,000 tiny entries: /health worst ${worst.toFixed(0)} ms over ${polls.length} polls (${calm.toFixed(0)} ms before the attack)`);
    const stored = await storedCopy(hub, 'flood');
    for (const doc of [forum.facilitator.doc, forum.amina.doc, stored]) {
      expect([...doc.getMap('cards').keys()].filter((key) => key.startsWith('tiny'))).toEqual([]);
    }
    expect(hub.alive).toBe(true);
    expect(worst).toBeLessThan(100 + calm);
  });

  it('a room pushed to its quota refuses further participant additions with a clear denial, and a newcomer still joins and loads the whole room', async () => {
    const room = await seedForum(hub, 'quota');
    const partId = room.parts.Challenges!;
    const config = activityOf(readWorkshop(room.facilitator.doc).parts.find((part) => part.id === partId)!, { format: 'forum3' }) as CardsActivity;
    // A long workshop already: the facilitator's appendices (a facilitator has no quota, but each
    // entry stays under the hub's 256 KiB bound on one value) bring the room to about 10.5 MiB of
    // its 12.
    const appendices = 46;
    for (let appendix = 1; appendix <= appendices; appendix++) {
      room.facilitator.doc.getMap('outcome').set(`appendix-${appendix}`, `Appendix ${appendix} `.padEnd(240_000, 'notes '));
    }
    await waitUntil(() => room.amina.doc.getMap('outcome').size === appendices, 'the appendices reached Amina', 20_000);
    expect(room.facilitator.denials).toEqual([]);
    // A participant fills the rest with valid cards: 1,000 at a time (about 400 KB) while they
    // fit, then 100, 10 and single one-character cards, until not even one fits. Bounded, in case
    // the room never fills.
    let fullFor: string | undefined;
    const { person, socket } = await attacker('quota');
    let batch = 1_000;
    for (let attempt = 0; attempt < 80 && !fullFor; attempt++) {
      const denials = socket.denials.length;
      socket.sendUpdate(validCards({ deviceId: person.id, role: 'participant' }, partId, config, batch, batch === 1 ? 1 : 250));
      await socket.settled();
      const refused = socket.denials.slice(denials).some((denial) => /refused \(room-full\)/.test(denial));
      if (refused && batch === 1) fullFor = `after ${attempt + 1} batches`;
      else if (refused) batch /= 10;
    }
    expect(fullFor).toBeDefined();
    // An honest participant's card is now refused, with the reason, and reaches nobody.
    const before = readCards(room.facilitator.doc).cards.length;
    const added = addCard(room.amina.doc, partId, { text: 'One more idea' }, room.amina.actor, config, Date.now());
    await waitUntil(() => room.amina.denials.some((denial) => /refused \(room-full\)/.test(denial)), 'Amina is told the room is full');
    const newcomer = honestPerson(hub, 'quota', await hub.join('quota'), 'Newcomer');
    const watcher = await RawAttacker.connect(hub, 'quota', (await hub.join('quota')).credential);
    await whenSynced(newcomer);
    await waitUntil(() => readCards(newcomer.doc).cards.length === before, 'the newcomer has every card');
    expect(added.ok && readCards(room.facilitator.doc).cards.some((card) => card.id === added.value)).toBe(false);
    expect(Math.max(...watcher.frameSizes)).toBeLessThan(appFrameLimit);
    expect(newcomer.closes).toEqual([]);
  });
});
