import { afterEach, describe, expect, it } from 'vitest';
import { loopback, requestFrom } from './fromAddress';
import { startTestHub, type TestHub } from './helpers';

/** POST /admin/rooms: how a browser facilitator opens rooms on a headless hub. */
describe('the admin endpoint', () => {
  let testHub: TestHub | undefined;
  afterEach(async () => {
    await testHub?.stop();
    testHub = undefined;
  });

  const post = (hub: TestHub, body: unknown, token?: string) =>
    fetch(`${hub.hub.url}/admin/rooms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });

  it('does not exist when the hub has no admin token', async () => {
    testHub = await startTestHub();
    const response = await post(testHub, { room: 'budget' }, 'anything');
    expect(response.status).toBe(404);
    expect(testHub.hub.room('budget')).toBeUndefined();
  });

  it('refuses a missing or wrong token and opens nothing', async () => {
    testHub = await startTestHub({ adminToken: 'right-token' });
    for (const token of [undefined, '', 'wrong-token', 'right-token-and-more']) {
      expect((await post(testHub, { room: 'budget' }, token)).status).toBe(401);
    }
    expect(testHub.hub.room('budget')).toBeUndefined();
  });

  it('refuses a brute force: after a few wrong tokens the address must wait, even with the right one, while others get in', async () => {
    testHub = await startTestHub({ adminToken: 'right-token', limits: { failureBackoffBaseMs: 60_000 } });
    const port = testHub.hub.port;
    const attempt = (from: string, token: string) =>
      requestFrom(from, port, '/admin/rooms', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{"room":"budget"}' });
    const attacker = loopback(6, 1);
    const statuses: number[] = [];
    for (let guess = 0; guess < 12; guess++) statuses.push((await attempt(attacker, `guess-${guess}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, ...Array<number>(8).fill(429)]);
    const refused = await attempt(attacker, 'right-token');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^(59|60)$/);
    expect(testHub.hub.room('budget')).toBeUndefined();
    expect((await attempt(loopback(6, 2), 'right-token')).status).toBe(200);
  });

  it('limits how often one address may post, even with the right token', async () => {
    testHub = await startTestHub({ adminToken: 'right-token', limits: { adminAttemptsPerMinute: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(testHub, { room: `room-${i}` }, 'right-token')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('opens a room and returns its secrets and code, then closes it to new joins', async () => {
    testHub = await startTestHub({ adminToken: 'right-token' });
    const opened = await post(testHub, { room: 'budget' }, 'right-token');
    expect(opened.status).toBe(200);
    const access = (await opened.json()) as { room: string; secret: string; facilitatorSecret: string; code: string; open: boolean; port: number; links: string[] };
    expect(access).toMatchObject({ room: 'budget', open: true, port: testHub.hub.port });
    expect(access.secret).toBe(testHub.hub.room('budget')?.secret);
    expect(access.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    for (const link of access.links) expect(link).toMatch(new RegExp(`:${testHub.hub.port}/#/join/budget/${access.secret}$`));

    const closed = await post(testHub, { room: 'budget', open: false }, 'right-token');
    expect(closed.status).toBe(200);
    expect(testHub.hub.room('budget')?.open).toBe(false);
  });

  it('answers bad bodies with 400 and keeps serving', async () => {
    testHub = await startTestHub({ adminToken: 'right-token' });
    expect((await post(testHub, 'not an object', 'right-token')).status).toBe(400);
    expect((await post(testHub, { room: '../etc' }, 'right-token')).status).toBe(400);
    const raw = await fetch(`${testHub.hub.url}/admin/rooms`, { method: 'POST', headers: { Authorization: 'Bearer right-token' }, body: '{' });
    expect(raw.status).toBe(400);
    expect((await post(testHub, null, 'right-token')).status).toBe(400);
    expect((await fetch(`${testHub.hub.url}/health`)).status).toBe(200);
  });
});
