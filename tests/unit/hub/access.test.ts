import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectClient, sleep, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';
import { openSocket, rawUpgrade } from './rawSocket';

describe('who may join a room', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  it('a client without the secret, or with a wrong one, receives no byte of the room', async () => {
    testHub = await startTestHub();
    const { secret } = testHub.hub.openRoom('private');
    const owner = connectClient(testHub.syncUrl, 'private', secret);
    clients.push(owner);
    owner.doc.getMap('cards').set('confidential', 'budget figures');
    await waitUntil(() => testHub.hub.stats().syncConnections === 1 && owner.provider.synced, 'the owner is synced');

    for (const key of [undefined, 'wrong-secret-wrong-secret', secret.slice(0, -1)]) {
      const intruder = connectClient(testHub.syncUrl, 'private', key);
      clients.push(intruder);
      const refusals: number[] = [];
      let opened = false;
      intruder.provider.on('connection-close', () => refusals.push(1));
      intruder.provider.on('status', ({ status }) => (opened ||= status === 'connected'));
      await waitUntil(() => refusals.length >= 2, 'the intruder was refused twice');
      expect(opened).toBe(false);
      expect(intruder.doc.getMap('cards').size).toBe(0);
      intruder.destroy();
    }
    expect(testHub.hub.stats().syncConnections).toBe(1);
  });

  it('the refusal is byte-for-byte the same for an unknown room, a wrong key and no key', async () => {
    testHub = await startTestHub();
    const { secret } = testHub.hub.openRoom('exists');
    const answers = await Promise.all([
      rawUpgrade(testHub.hub.port, '/sync/exists?key=nope-nope-nope-nope'),
      rawUpgrade(testHub.hub.port, '/sync/exists'),
      rawUpgrade(testHub.hub.port, `/sync/does-not-exist?key=${secret}`),
      rawUpgrade(testHub.hub.port, '/signal?room=exists&key=nope-nope-nope-nope'),
      rawUpgrade(testHub.hub.port, `/signal?room=does-not-exist&key=${secret}`),
      rawUpgrade(testHub.hub.port, `/elsewhere?key=${secret}`),
    ]);
    expect(answers[0]!.toString()).toMatch(/^HTTP\/1\.1 401 /);
    for (const answer of answers) expect(answer.toString()).toBe(answers[0]!.toString());
    expect(answers[0]!.toString()).not.toContain('exists');
  });

  it('with the right key a raw WebSocket is accepted and first receives sync step 1', async () => {
    testHub = await startTestHub();
    const { secret } = testHub.hub.openRoom('raw');
    const socket = await openSocket(`${testHub.syncUrl}/raw?key=${secret}`);
    await waitUntil(() => socket.received.length > 0, 'a first message');
    expect([...socket.received[0]!.subarray(0, 2)]).toEqual([0, 0]);
    socket.close();
  });

  it('closing a room stops new participants but keeps those already in, and the facilitator can still join', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('closing');
    const inside = connectClient(testHub.syncUrl, 'closing', access.secret);
    clients.push(inside);
    await waitUntil(() => inside.provider.synced, 'the first participant is in');
    testHub.hub.closeRoom('closing');
    const answer = await rawUpgrade(testHub.hub.port, `/sync/closing?key=${access.secret}`);
    expect(answer.toString()).toMatch(/^HTTP\/1\.1 401 /);
    const facilitator = connectClient(testHub.syncUrl, 'closing', access.facilitatorSecret);
    clients.push(facilitator);
    facilitator.doc.getMap('cards').set('after-close', true);
    await waitUntil(() => inside.doc.getMap('cards').get('after-close') === true, 'the participant still receives edits');
    expect((await fetch(`${testHub.hub.url}/join/${access.code}`)).status).toBe(404);
  });

  it('a short code is exchanged for room and secret, case-insensitively, and guessing is rate-limited', async () => {
    testHub = await startTestHub({ limits: { joinAttemptsPerMinute: 5 } });
    const access = testHub.hub.openRoom('coded');
    const found = await fetch(`${testHub.hub.url}/join/${access.code.toLowerCase()}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ room: 'coded', secret: access.secret });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${testHub.hub.url}/join/ZZZZZ${i}`)).status);
    expect(statuses.slice(0, 4)).toEqual([404, 404, 404, 404]);
    expect(statuses.at(-1)).toBe(429);
    // Once limited, even the right code is refused: a guesser cannot tell a hit from the limit.
    expect((await fetch(`${testHub.hub.url}/join/${access.code}`)).status).toBe(429);
  });

  it('room secrets survive a hub restart, so the same link still works', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('kept');
    await testHub.hub.close();
    const { createHub } = await import('../../../electron/hub');
    const again = await createHub({ port: 0, hosts: ['127.0.0.1'], dataDir: testHub.dataDir, logger: testHub.logger });
    testHub.hub = again;
    expect(again.room('kept')).toEqual(access);
    const socket = await openSocket(`ws://127.0.0.1:${again.port}/sync/kept?key=${access.secret}`);
    socket.close();
    await sleep(10);
  });

  it('the health endpoint reports counts but never room names', async () => {
    testHub = await startTestHub();
    testHub.hub.openRoom('very-secret-room-name');
    const response = await fetch(`${testHub.hub.url}/health`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ ok: true, rooms: 1 });
    expect(text).not.toContain('very-secret-room-name');
  });

  it('a plain ws client with a wrong key sees a 401 and no WebSocket messages', async () => {
    testHub = await startTestHub();
    testHub.hub.openRoom('plain');
    const socket = new WebSocket(`${testHub.syncUrl}/plain?key=bad-bad-bad-bad-bad`);
    let messages = 0;
    socket.on('message', () => messages++);
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('error', () => {});
    });
    expect(status).toBe(401);
    expect(messages).toBe(0);
  });
});
