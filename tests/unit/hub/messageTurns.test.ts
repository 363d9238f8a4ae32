import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';
import { openSocket } from './rawSocket';

/** An update message (sync type 2) setting one key of `cards`, under its own client. */
function updateMessage(index: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('cards').set(`burst-${index}`, index);
  const update = Y.encodeStateAsUpdate(doc);
  return new Uint8Array([0, 2, ...varUint(update.length), ...update]);
}

function varUint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  return [...bytes, value];
}

describe('messages take turns', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  it('hundreds of frames that arrive together are handled one per turn of the event loop, so the hub answers others in between', async () => {
    testHub = await startTestHub();
    const { facilitatorSecret } = testHub.hub.openRoom('burst');
    const watcher = connectClient(testHub.syncUrl, 'burst', facilitatorSecret);
    clients.push(watcher);
    await waitUntil(() => watcher.provider.synced, 'the watcher is in');
    const sender = await openSocket(`${testHub.syncUrl}/burst?key=${facilitatorSecret}`);
    const frames = Array.from({ length: 600 }, (_, index) => updateMessage(index));
    // The hub runs in this process, so its event loop is this test's: count the turns the loop
    // takes while the hub handles the burst. Handled back to back, the 600 updates (judged and
    // written one by one) took a handful of turns, and held the loop for hundreds of milliseconds.
    let turns = 0;
    let counting = true;
    const count = (): void => {
      turns++;
      if (counting) setImmediate(count);
    };
    for (const frame of frames) sender.send(frame);
    setImmediate(count);
    await waitUntil(() => watcher.doc.getMap('cards').size === frames.length, 'every update reached the watcher');
    counting = false;
    sender.close();
    expect(turns).toBeGreaterThan(frames.length / 2);
  });
});
