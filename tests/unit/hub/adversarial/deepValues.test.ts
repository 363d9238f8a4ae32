import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCards } from '../../../../shared/activities/cards';
import { waitUntil } from '../helpers';
import { AdversaryHub } from './adversaryHub';
import { filesMentioning } from './dataFolder';
import { deepEntryUpdate, deepPresenceState } from './deepFrames';
import { seedForum, type ForumRoom } from './forumRoom';
import { destroyAllClients, honestPerson, storedCopy, whenSynced } from './honestClient';
import { timeHealth } from './healthWatch';
import { RawAttacker } from './rawAttacker';
import { roomContent, sameRoom } from './roomViews';
import { awarenessFrame } from './wireFrames';

describe('values nested deeper than any screen can read', () => {
  let hub: AdversaryHub;
  let forum: ForumRoom;
  beforeAll(async () => {
    hub = await AdversaryHub.start(['deep']);
    forum = await seedForum(hub, 'deep');
  });
  afterAll(async () => {
    destroyAllClients();
    await hub?.stop();
  });

  it('a card whose value nests 72 KB deep is refused: no honest copy has it, every screen still reads the room, and it never reaches the disk', async () => {
    const marker = 'DEEP-CARD-7f3a9c';
    const frame = deepEntryUpdate('cards', 'deep-card', 6_000, marker);
    expect(frame.length).toBeGreaterThan(70_000);
    const attacker = await RawAttacker.connect(hub, 'deep', (await hub.join('deep')).credential);
    attacker.sendUpdate(frame);
    await attacker.settled();
    const late = honestPerson(hub, 'deep', await hub.join('deep'), 'Late');
    await whenSynced(late);
    const stored = await storedCopy(hub, 'deep');
    const copies = [forum.facilitator.doc, forum.amina.doc, late.doc];
    await waitUntil(() => copies.every((doc) => sameRoom(doc, stored)), 'the honest copies match the hub');
    for (const doc of [...copies, stored]) {
      expect(() => roomContent(doc)).not.toThrow();
      expect(doc.getMap('cards').has('deep-card')).toBe(false);
      expect(readCards(doc).cards).toHaveLength(forum.cards.length);
    }
    expect(filesMentioning(hub.dataDir, [marker])).toEqual([]);
  });

  it('a deeply nested presence state does not end the hub when the next participant joins, who gets the room and stays connected', async () => {
    const attacker = await RawAttacker.connect(hub, 'deep', (await hub.join('deep')).credential);
    // Too large and too deep (200 KB), then small but still far deeper than a presence state has.
    attacker.send(awarenessFrame([{ clientId: 424_242, clock: 1, state: deepPresenceState(100_000) }]));
    const second = await RawAttacker.connect(hub, 'deep', (await hub.join('deep')).credential);
    second.send(awarenessFrame([{ clientId: 434_343, clock: 1, state: deepPresenceState(1_500) }]));
    await waitUntil(() => (attacker.closed || attacker.frameSizes.length > 0) && (second.closed || second.frameSizes.length > 0), 'the hub read both states');

    const next = honestPerson(hub, 'deep', await hub.join('deep'), 'Next');
    await whenSynced(next);
    // A round trip after joining: the connection carries edits, not only the first sync.
    forum.facilitator.doc.getMap('run').set('note', 'after the presence attack');
    await waitUntil(() => next.doc.getMap('run').get('note') === 'after the presence attack', 'the newcomer receives edits');
    expect(hub.alive, hub.output.slice(-2_000)).toBe(true);
    expect(next.closes).toEqual([]);
    expect(await timeHealth(hub.port)).toBeLessThan(1_000);
    expect(readCards(next.doc).cards).toHaveLength(forum.cards.length);
  });
});
