import { afterEach, describe, expect, it } from 'vitest';
import { requestFrom, loopback } from './fromAddress';
import { startTestHub, type TestHub } from './helpers';

/**
 * /join/<code> against a real hub, with each client on its own loopback address. The standard is
 * the effect on an honest person: whatever strangers do, the right code still works for them.
 */
describe('joining by short code while strangers guess', () => {
  let testHub: TestHub | undefined;
  afterEach(async () => {
    await testHub?.stop();
    testHub = undefined;
  });

  const lookUp = (from: string, code: string) => requestFrom(from, testHub!.hub.port, `/join/${encodeURIComponent(code)}`);

  it('failed lookups from many addresses never make a right code fail', async () => {
    // A generous per-address allowance: what used to lock everyone out was the shared limit.
    testHub = await startTestHub({ limits: { joinAttemptsPerMinute: 1_000 } });
    const access = testHub.hub.openRoom('targeted');
    // Ten addresses, 200 wrong guesses between them: more than the 120 failures a minute that
    // used to shut every lookup out.
    const guessesFrom = async (attacker: number): Promise<number[]> => {
      const statuses: number[] = [];
      for (const guess of '23456789ABCDEFGHJKMN') statuses.push((await lookUp(loopback(1, attacker), `ZZZZ-${guess}ZZ${'23456789AB'[attacker - 1]}`)).status);
      return statuses;
    };
    const statuses = (await Promise.all(Array.from({ length: 10 }, (_, i) => guessesFrom(i + 1)))).flat();
    expect(statuses.filter((status) => status === 404).length).toBeLessThan(120);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const honest = await lookUp(loopback(2, 1), access.code);
    expect(honest.status).toBe(200);
    expect(JSON.parse(honest.body)).toEqual({ room: 'targeted', secret: access.secret });
  });

  it('a whole room of 150 phones, each typing the right code, all get in at once', async () => {
    testHub = await startTestHub();
    const access = testHub.hub.openRoom('plenary');
    const answers = await Promise.all(Array.from({ length: 150 }, (_, phone) => lookUp(loopback(3, phone + 1), access.code.toLowerCase())));
    expect(answers.map((answer) => answer.status)).toEqual(Array<number>(150).fill(200));
  });

  it('an address that keeps failing is refused even the right code, with a wait, while others get in', async () => {
    testHub = await startTestHub({ limits: { failureBackoffBaseMs: 60_000 } });
    const access = testHub.hub.openRoom('patient');
    const guesser = loopback(4, 1);
    const statuses: number[] = [];
    for (let guess = 0; guess < 8; guess++) statuses.push((await lookUp(guesser, `WXYZ-WXY${'23456789'[guess]}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 429, 429]);
    const refused = await lookUp(guesser, access.code);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^(59|60)$/);
    expect(refused.headers['access-control-expose-headers']).toBe('Retry-After');
    expect((await lookUp(loopback(4, 2), access.code)).status).toBe(200);
  });

  it('malformed codes are plain misses: they count as failures and reveal nothing', async () => {
    testHub = await startTestHub();
    testHub.hub.openRoom('any');
    for (const path of ['/join/%E0%A4%A', '/join/', '/join/0OIL-0OIL', `/join/${'A'.repeat(5_000)}`]) {
      const answer = await requestFrom(loopback(5, 1), testHub.hub.port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('any');
    }
  });
});
