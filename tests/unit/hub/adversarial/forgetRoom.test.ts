import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawUpgrade } from '../rawSocket';
import { waitUntil } from '../helpers';
import { AdversaryHub, credentialQuery, type Person } from './adversaryHub';
import { filesMentioning } from './dataFolder';
import { seedForum } from './forumRoom';
import { destroyAllClients, facilitatorClient, whenSynced } from './honestClient';

const gone = 'forget-me-7d2c';
const kept = 'still-here';

describe('forgetting a room', () => {
  let hub: AdversaryHub;
  beforeAll(async () => {
    hub = await AdversaryHub.start([gone, kept]);
  });
  afterAll(async () => {
    destroyAllClients();
    await hub?.stop();
  });

  /** What a stranger gets, and what each of the forgotten room's old credentials gets now. */
  async function answers(secrets: { secret: string; facilitatorSecret: string; code: string }, amina: Person) {
    const post = (room: string, bearer: string) => fetch(`${hub.url}/rooms/${room}/people`, { method: 'POST', headers: { Authorization: `Bearer ${bearer}` } }).then((response) => response.status);
    return {
      stranger: {
        sync: (await rawUpgrade(hub.port, '/sync/never-was?key=nope-nope-nope-nope')).toString(),
        join: await post('never-was', 'nope-nope-nope-nope'),
        code: (await fetch(`${hub.url}/join/ZZZZ-ZZZZ`)).status,
      },
      old: {
        facilitator: (await rawUpgrade(hub.port, `/sync/${gone}?key=${secrets.facilitatorSecret}`)).toString(),
        participant: (await rawUpgrade(hub.port, `/sync/${gone}?${credentialQuery(amina.credential)}`)).toString(),
        join: await post(gone, secrets.secret),
        code: (await fetch(`${hub.url}/join/${secrets.code}`)).status,
      },
    };
  }

  function expectNothingLeft(needles: string[]): void {
    expect(existsSync(join(hub.dataDir, 'rooms', createHash('sha256').update(gone).digest('hex').slice(0, 32)))).toBe(false);
    expect(filesMentioning(hub.dataDir, needles)).toEqual([]);
    const registry = JSON.parse(readFileSync(join(hub.dataDir, 'rooms.json'), 'utf8')) as unknown;
    expect(JSON.stringify(registry)).not.toContain(gone);
    expect(JSON.stringify(registry)).toContain(kept);
  }

  it('leaves no file of it in the hub’s folder, and its old link, code, key and tokens get what a stranger gets, also after a restart', async () => {
    const secrets = hub.secrets(gone);
    const forum = await seedForum(hub, gone);
    const other = facilitatorClient(hub, kept);
    await whenSynced(other);
    other.doc.getMap('meta').set('title', 'A room that stays');
    await waitUntil(() => filesMentioning(hub.dataDir, ['A room that stays']).length > 0, 'the other room is on disk');
    const hash = createHash('sha256').update(gone).digest('hex').slice(0, 32);
    // Everything that could name the room or hold what was said in it.
    const needles = [gone, hash, secrets.secret, secrets.facilitatorSecret, 'Digital skills forum', 'A: permits take 90 days', 'Amina Odhiambo', forum.amina.person.id];
    expect(filesMentioning(hub.dataDir, needles).length).toBeGreaterThan(0);

    const deleted = await fetch(`${hub.url}/rooms/${gone}`, { method: 'DELETE', headers: { Authorization: `Bearer ${secrets.facilitatorSecret}` } });
    expect(deleted.status).toBe(204);
    await waitUntil(() => forum.amina.closes.length > 0 && forum.facilitator.closes.length > 0, 'the room’s connections are closed');
    forum.facilitator.destroy();
    forum.amina.destroy();
    forum.kofi.destroy();
    expectNothingLeft(needles);
    const now = await answers(secrets, forum.amina.person);
    expect(now.old.facilitator).toBe(now.stranger.sync);
    expect(now.old.participant).toBe(now.stranger.sync);
    expect([now.old.join, now.old.code]).toEqual([now.stranger.join, now.stranger.code]);
    expect([now.stranger.join, now.stranger.code]).toEqual([401, 404]);

    await hub.restart([kept]);
    expectNothingLeft(needles);
    const later = await answers(secrets, forum.amina.person);
    expect(later.old.facilitator).toBe(later.stranger.sync);
    expect(later.old.participant).toBe(later.stranger.sync);
    expect([later.old.join, later.old.code]).toEqual([401, 404]);
  });
});
