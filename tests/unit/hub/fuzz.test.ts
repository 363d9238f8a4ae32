import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RoomStore } from '../../../electron/hub/storage/roomStore';
import { roomDirectory } from '../../../electron/hub/sync/roomReplicas';
import { hostileSyncFrame, seededRandom } from './fuzzFrames';
import { capturingLogger, connectClient, docFromState, sameState, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';
import { openSocket } from './rawSocket';

const probe = new Uint8Array([0, 0, 1, 0]); // sync step 1 with an empty state vector

/** Sends one frame, then a probe; resolves once the hub answered the probe or closed the socket. */
async function sendAndSettle(socket: WebSocket, frame: Uint8Array | string): Promise<'open' | 'closed'> {
  return new Promise((resolve) => {
    const onClose = (): void => {
      socket.off('message', onMessage);
      resolve('closed');
    };
    const onMessage = (data: Buffer): void => {
      if (data[0] === 0 && data[1] === 1) {
        socket.off('close', onClose);
        socket.off('message', onMessage);
        resolve('open');
      }
    };
    socket.on('close', onClose);
    socket.on('message', onMessage);
    socket.send(frame, { binary: typeof frame !== 'string' });
    if (socket.readyState === WebSocket.OPEN) socket.send(probe);
  });
}

describe('hostile frames against the hub', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  it('1,000 malformed frames from a participant leave the hub up, an honest client syncing and the stored room untouched', async () => {
    const seed = Date.now() % 100_000;
    const random = seededRandom(seed);
    testHub = await startTestHub({ limits: { maxSyncFrameBytes: 64 * 1024, maxParticipantFrameBytes: 64 * 1024 } });
    const access = testHub.hub.openRoom('target');
    const secret = access.facilitatorSecret;
    const participant = testHub.hub.rooms.admitParticipant('target', access.secret);
    if (typeof participant === 'string') throw new Error(`not admitted: ${participant}`);
    const honest = connectClient(testHub.syncUrl, 'target', secret);
    const watcher = connectClient(testHub.syncUrl, 'target', secret);
    clients.push(honest, watcher);
    honest.doc.getMap('cards').set('before', 'the fuzz');
    await waitUntil(() => watcher.doc.getMap('cards').get('before') === 'the fuzz', 'first card relayed');

    const kinds = new Map<string, number>();
    let socket = await openSocket(`${testHub.syncUrl}/target?token=${participant.token}`);
    let closures = 0;
    for (let i = 0; i < 1000; i++) {
      const frame = i % 100 === 99 ? { kind: 'oversized frame', bytes: new Uint8Array(100 * 1024) } : hostileSyncFrame(random);
      kinds.set(frame.kind, (kinds.get(frame.kind) ?? 0) + 1);
      if ((await sendAndSettle(socket, frame.bytes)) === 'closed') {
        closures++;
        socket = await openSocket(`${testHub.syncUrl}/target?token=${participant.token}`);
      }
      if (i % 100 === 0) honest.doc.getMap('cards').set(`during-${i}`, i);
    }
    socket.close();

    honest.doc.getMap('cards').set('after', 'the fuzz');
    await waitUntil(() => watcher.doc.getMap('cards').get('after') === 'the fuzz', `the honest client still syncs (seed ${seed})`);
    await waitUntil(() => sameState(docFromState(testHub.hub.roomState('target')), honest.doc), 'the hub has the honest state');

    // Nothing but the honest client's own edits ever reached the room: in memory and on disk.
    const stored = docFromState(testHub.hub.roomState('target'));
    expect([...Y.decodeStateVector(Y.encodeStateVector(stored)).keys()]).toEqual([honest.doc.clientID]);
    const store = new RoomStore(roomDirectory(testHub.dataDir, 'target'), capturingLogger(), false);
    const fromDisk = new Y.Doc();
    for (const update of store.load().updates) Y.applyUpdate(fromDisk, update);
    store.close();
    expect(sameState(fromDisk, honest.doc)).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    // Most hostile frames cost the sender its connection (the rest are harmless, e.g. a state vector).
    expect(closures).toBeGreaterThan(500);
    expect((await fetch(`${testHub.hub.url}/health`)).status).toBe(200);
  });
});
