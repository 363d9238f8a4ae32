import { afterEach, describe, expect, it } from 'vitest';
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
    expect((await fetch(`${testHub.hub.url}/health`)).status).toBe(200);
  });
});
