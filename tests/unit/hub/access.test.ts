import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { roomDirectory } from '../../../electron/hub/sync/roomReplicas';
import { connectClient, joinAsParticipant, sleep, startTestHub, waitUntil, type TestClient, type TestHub } from './helpers';
import { openSocket, rawUpgrade } from './rawSocket';

const post = (url: string, bearer: string, body?: unknown) =>
  fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });

describe('who may join a room', () => {
  let testHub: TestHub;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
  });

  it('a client without a credential, with a wrong one, or with only the join secret receives no byte of the room', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('private');
    const owner = connectClient(testHub.syncUrl, 'private', access.facilitatorSecret);
    clients.push(owner);
    owner.doc.getMap('cards').set('confidential', 'budget figures');
    await waitUntil(() => testHub.hub.stats().syncConnections === 1 && owner.provider.synced, 'the owner is synced');

    // The join secret only gets a new person an identity; it opens no connection by itself.
    for (const credential of [undefined, 'wrong-secret-wrong-secret', access.facilitatorSecret.slice(0, -1), access.secret, { token: access.secret }]) {
      const intruder = connectClient(testHub.syncUrl, 'private', credential);
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

  it('the refusal is byte-for-byte the same for an unknown room, a wrong key, no key, another room’s token and the old signaling path', async () => {
    testHub = await startTestHub();
    const { secret, facilitatorSecret } = testHub.hub.openRoom('exists');
    testHub.hub.openRoom('other');
    const elsewhere = testHub.hub.rooms.admitParticipant('other', testHub.hub.room('other')!.secret);
    if (typeof elsewhere === 'string') throw new Error(elsewhere);
    const answers = await Promise.all([
      rawUpgrade(testHub.hub.port, '/sync/exists?key=nope-nope-nope-nope'),
      rawUpgrade(testHub.hub.port, '/sync/exists'),
      rawUpgrade(testHub.hub.port, `/sync/exists?key=${secret}`),
      rawUpgrade(testHub.hub.port, `/sync/exists?token=${elsewhere.token}`),
      rawUpgrade(testHub.hub.port, `/sync/does-not-exist?key=${facilitatorSecret}`),
      rawUpgrade(testHub.hub.port, `/signal?room=exists&key=${facilitatorSecret}`),
      rawUpgrade(testHub.hub.port, `/elsewhere?key=${secret}`),
    ]);
    expect(answers[0]!.toString()).toMatch(/^HTTP\/1\.1 401 /);
    for (const answer of answers) expect(answer.toString()).toBe(answers[0]!.toString());
    expect(answers[0]!.toString()).not.toContain('exists');
  });

  it('with the facilitator secret, or a token the hub issued, a raw WebSocket is accepted and first receives sync step 1', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('raw');
    const issued = testHub.hub.rooms.admitParticipant('raw', access.secret);
    if (typeof issued === 'string') throw new Error(issued);
    for (const query of [`key=${access.facilitatorSecret}`, `token=${issued.token}`]) {
      const socket = await openSocket(`${testHub.syncUrl}/raw?${query}`);
      await waitUntil(() => socket.received.length > 0, 'a first message');
      expect([...socket.received[0]!.subarray(0, 2)]).toEqual([0, 0]);
      socket.close();
    }
  });

  it('joining: a good link is recognised and yields an identity; a wrong one gets the same 401 as an unknown room', async () => {
    testHub = await startTestHub({ limits: { identitiesPerAddressPerMinute: 3 } });
    const access = testHub.hub.openRoom('join');
    const base = `${testHub.hub.url}/rooms/join`;
    expect((await fetch(`${base}/access`, { headers: { Authorization: `Bearer ${access.secret}` } })).status).toBe(204);
    const refusals = await Promise.all([
      fetch(`${base}/access`, { headers: { Authorization: 'Bearer wrong-wrong-wrong-wrong' } }),
      fetch(`${testHub.hub.url}/rooms/nowhere/access`, { headers: { Authorization: `Bearer ${access.secret}` } }),
      post(`${base}/people`, access.facilitatorSecret.slice(1)),
    ]);
    for (const refusal of refusals) expect(refusal.status).toBe(401);
    const first = (await (await post(`${base}/people`, access.secret)).json()) as { id: string; token: string; role: string };
    const second = (await (await post(`${base}/people`, access.secret)).json()) as { id: string; token: string };
    expect(first.role).toBe('participant');
    expect(first.id).not.toBe(second.id);
    expect(first.token).not.toBe(second.token);
    await post(`${base}/people`, access.secret);
    // A few identities a minute per address: nobody fills the register with invented people.
    expect((await post(`${base}/people`, access.secret)).status).toBe(429);
  });

  it('closing a room stops new identities and codes; people already admitted reconnect, and the facilitator can still join', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('closing');
    const inside = joinAsParticipant(testHub, 'closing');
    clients.push(inside);
    await waitUntil(() => inside.provider.synced, 'the first participant is in');
    testHub.hub.closeRoom('closing');
    expect((await post(`${testHub.hub.url}/rooms/closing/people`, access.secret)).status).toBe(401);
    inside.provider.disconnect();
    inside.provider.connect();
    await waitUntil(() => inside.provider.wsconnected, 'the admitted participant reconnects');
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

  it('after a restart the room keeps its secrets and people, and stays closed to new joins until the facilitator reopens it', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('kept');
    const issued = testHub.hub.rooms.admitParticipant('kept', access.secret);
    if (typeof issued === 'string') throw new Error(issued);
    await testHub.hub.close();
    const { createHub } = await import('../../../electron/hub');
    const again = await createHub({ port: 0, hosts: ['127.0.0.1'], dataDir: testHub.dataDir, logger: testHub.logger });
    testHub.hub = again;
    expect(again.room('kept')).toEqual({ ...access, open: false });
    expect((await post(`${again.url}/rooms/kept/people`, access.secret)).status).toBe(401);
    expect((await fetch(`${again.url}/join/${access.code}`)).status).toBe(404);
    for (const query of [`key=${access.facilitatorSecret}`, `token=${issued.token}`]) (await openSocket(`ws://127.0.0.1:${again.port}/sync/kept?${query}`)).close();
    again.openRoom('kept');
    expect((await post(`${again.url}/rooms/kept/people`, access.secret)).status).toBe(201);
    await sleep(10);
  });

  it('the facilitator expels someone: their connection ends, their token stops working, everyone else stays', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('expel');
    const mallory = joinAsParticipant(testHub, 'expel');
    const amina = joinAsParticipant(testHub, 'expel');
    clients.push(mallory, amina);
    await waitUntil(() => mallory.provider.synced && amina.provider.synced, 'both are in');
    const closes: number[] = [];
    mallory.provider.on('connection-close', (event: { code: number } | null) => closes.push(event?.code ?? 0));
    expect((await post(`${testHub.hub.url}/rooms/expel/people/${mallory.id}/expel`, access.facilitatorSecret)).status).toBe(204);
    await waitUntil(() => closes.includes(4403), 'the expelled connection is closed for good');
    expect((await rawUpgrade(testHub.hub.port, `/sync/expel?token=${mallory.token}`)).toString()).toMatch(/^HTTP\/1\.1 401 /);
    const people = (await (await fetch(`${testHub.hub.url}/rooms/expel/people`, { headers: { Authorization: `Bearer ${access.facilitatorSecret}` } })).json()) as { people: { id: string; expelledAt?: number; connected: number }[] };
    expect(people.people.find((person) => person.id === mallory.id)?.expelledAt).toBeTypeOf('number');
    expect(people.people.find((person) => person.id === amina.id)).toMatchObject({ connected: 1 });
    expect(amina.provider.wsconnected).toBe(true);
  });

  it('a new join secret: the old link and code stop working, people already in stay', async () => {
    testHub = await startTestHub();
    const old = testHub.hub.openRoom('rotate');
    const amina = joinAsParticipant(testHub, 'rotate');
    clients.push(amina);
    await waitUntil(() => amina.provider.synced, 'she is in');
    const rotated = (await (await post(`${testHub.hub.url}/rooms/rotate/secret`, old.facilitatorSecret)).json()) as { secret: string; code: string };
    expect(rotated.secret).not.toBe(old.secret);
    expect(rotated.code).not.toBe(old.code);
    expect((await post(`${testHub.hub.url}/rooms/rotate/people`, old.secret)).status).toBe(401);
    expect((await fetch(`${testHub.hub.url}/join/${old.code}`)).status).toBe(404);
    expect((await post(`${testHub.hub.url}/rooms/rotate/people`, rotated.secret)).status).toBe(201);
    expect(amina.provider.wsconnected).toBe(true);
  });

  it('forgetting a room removes its files and secrets: its old link, code, key and tokens get what a stranger gets', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('gone');
    const amina = joinAsParticipant(testHub, 'gone');
    clients.push(amina);
    amina.doc.getMap('participants');
    const facilitator = connectClient(testHub.syncUrl, 'gone', access.facilitatorSecret);
    clients.push(facilitator);
    facilitator.doc.getMap('meta').set('title', 'Register with emails');
    await waitUntil(() => amina.doc.getMap('meta').get('title') === 'Register with emails', 'the room has content');
    const dir = roomDirectory(testHub.dataDir, 'gone');
    expect(existsSync(dir)).toBe(true);
    expect((await fetch(`${testHub.hub.url}/rooms/gone`, { method: 'DELETE', headers: { Authorization: `Bearer ${access.facilitatorSecret}` } })).status).toBe(204);
    expect(existsSync(dir)).toBe(false);
    const stranger = (await rawUpgrade(testHub.hub.port, '/sync/never-was?key=nope-nope-nope-nope')).toString();
    expect((await rawUpgrade(testHub.hub.port, `/sync/gone?key=${access.facilitatorSecret}`)).toString()).toBe(stranger);
    expect((await rawUpgrade(testHub.hub.port, `/sync/gone?token=${amina.token}`)).toString()).toBe(stranger);
    expect((await fetch(`${testHub.hub.url}/join/${access.code}`)).status).toBe(404);
    expect((await post(`${testHub.hub.url}/rooms/gone/people`, access.secret)).status).toBe(401);
    expect(testHub.hub.room('gone')).toBeUndefined();
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
