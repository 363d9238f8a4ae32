import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from './fuzzFrames';
import { canonicalJson, connectClient, docFromState, sameState, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';

/** One simulated laptop: a doc, its local "IndexedDB" (a stored update) and its link to the hub. */
interface Laptop {
  client: TestClient;
  stored: Uint8Array;
  online: boolean;
}

describe('randomized convergence through the hub', () => {
  let testHub: TestHub;
  const laptops: Laptop[] = [];
  afterEach(async () => {
    for (const laptop of laptops.splice(0)) laptop.client.destroy();
    await testHub?.stop();
  });

  it('6 clients, 3,000 random edits, disconnects and reloads from local storage: every document ends identical', async () => {
    const seed = Date.now() % 100_000;
    const random = seededRandom(seed);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    testHub = await startTestHub({ compactAfterBytes: 20_000 });
    const access = testHub.hub.openRoom('random');
    // Transport, not roles: every client writes anywhere (the write rules have tests of their own).
    const keys = Array.from({ length: 6 }, () => access.facilitatorSecret);
    const connect = (index: number, state?: Uint8Array): TestClient => {
      const doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
      return connectClient(testHub.syncUrl, 'random', keys[index], doc);
    };
    for (let i = 0; i < keys.length; i++) laptops.push({ client: connect(i), stored: new Uint8Array([0, 0]), online: true });

    const edit = (laptop: Laptop, index: number): void => {
      const doc = laptop.client.doc;
      const cards = doc.getMap<unknown>('cards');
      const list = doc.getArray<unknown>('list');
      const notes = doc.getText('notes');
      const action = Math.floor(random() * 8);
      if (action === 0 && index === 0) doc.getMap('meta').set('title', `title ${random()}`);
      else if (action <= 1) cards.set(`card-${Math.floor(random() * 40)}`, random());
      else if (action === 2) {
        const card = new Y.Map<unknown>();
        cards.set(`nested-${Math.floor(random() * 20)}`, card);
        card.set('votes', Math.floor(random() * 10));
      } else if (action === 3 && cards.size > 0) cards.delete(pick([...cards.keys()]));
      else if (action === 4) list.insert(Math.floor(random() * (list.length + 1)), [Math.floor(random() * 1000)]);
      else if (action === 5 && list.length > 0) list.delete(Math.floor(random() * list.length), 1);
      else if (action === 6) notes.insert(Math.floor(random() * (notes.length + 1)), pick(['a', 'bc', 'def ', '✓']));
      else if (notes.length > 0) notes.delete(Math.floor(random() * notes.length), Math.min(3, notes.length));
    };

    for (let step = 0; step < 3000; step++) {
      const index = Math.floor(random() * laptops.length);
      const laptop = laptops[index]!;
      const roll = random();
      if (roll < 0.85) edit(laptop, index);
      else if (roll < 0.9) laptop.stored = Y.encodeStateAsUpdate(laptop.client.doc); // a periodic save
      else if (roll < 0.95) {
        laptop.online = !laptop.online;
        if (laptop.online) laptop.client.provider.connect();
        else laptop.client.provider.disconnect();
      } else if (roll < 0.97) {
        // The tab is reloaded: local storage holds the last save; anything newer that the hub
        // never got is gone, exactly as after a browser crash. A reload gets a new client id.
        laptop.client.destroy();
        laptop.client = connect(index, laptop.stored);
        laptop.online = true;
      }
      if (step % 25 === 0) await new Promise((resolve) => setTimeout(resolve, random() < 0.3 ? 5 : 0));
    }

    for (const laptop of laptops) if (!laptop.online) laptop.client.provider.connect();
    const reference = laptops[0]!.client.doc;
    await waitUntil(
      () => laptops.every((laptop) => laptop.client.provider.synced && sameState(laptop.client.doc, reference)),
      `all documents converge (seed ${seed})`,
      20_000,
    );
    const hubDoc = docFromState(testHub.hub.roomState('random'));
    expect(sameState(hubDoc, reference), `hub equals the clients (seed ${seed})`).toBe(true);
    expect(canonicalJson(reference)).not.toBe(canonicalJson(new Y.Doc()));
  });
});
