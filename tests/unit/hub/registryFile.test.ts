import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, tempDir, type TestHub } from './helpers';
import { filesMatching } from './storageHelpers';

describe('the room registry on disk (rooms.json)', () => {
  const hubs: TestHub[] = [];
  afterEach(async () => {
    for (const testHub of hubs.splice(0)) await testHub.stop();
  });

  it('each change keeps the version it replaces as rooms.json.bak, both readable only by the owner', async () => {
    const dataDir = tempDir('registry');
    const first = await startTestHub({ dataDir });
    first.hub.openRoom('budget');
    const before = readFileSync(join(dataDir, 'rooms.json'), 'utf8');
    first.hub.openRoom('transport');
    expect(readFileSync(join(dataDir, 'rooms.json.bak'), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(join(dataDir, 'rooms.json'), 'utf8')).rooms).toHaveLength(2);
    for (const name of ['rooms.json', 'rooms.json.bak']) expect(statSync(join(dataDir, name)).mode & 0o777).toBe(0o600);
    expect(filesMatching(dataDir, /\.tmp$/)).toEqual([]);
    await first.hub.close();
  });

  it('forgetting a room leaves it in neither rooms.json nor its backup, and the backup stays readable', async () => {
    const dataDir = tempDir('registry');
    const testHub = await startTestHub({ dataDir });
    hubs.push(testHub);
    const budget = testHub.hub.openRoom('budget');
    const forgotten = testHub.hub.openRoom('forgotten-room');
    await testHub.hub.rooms.forget('forgotten-room');
    for (const name of ['rooms.json', 'rooms.json.bak']) {
      const text = readFileSync(join(dataDir, name), 'utf8');
      for (const trace of ['forgotten-room', forgotten.secret, forgotten.facilitatorSecret]) expect(text).not.toContain(trace);
      expect(JSON.parse(text).rooms).toMatchObject([budget]);
      expect(statSync(join(dataDir, name)).mode & 0o777).toBe(0o600);
    }
  });

  it('a truncated rooms.json: the hub starts, the rooms come back from the backup with their secrets, and the damaged file is kept', async () => {
    const dataDir = tempDir('registry');
    const first = await startTestHub({ dataDir });
    const budget = first.hub.openRoom('budget');
    const transport = first.hub.openRoom('transport');
    first.hub.closeRoom('transport');
    await first.hub.close();
    const path = join(dataDir, 'rooms.json');
    truncateSync(path, Math.floor(statSync(path).size / 2));

    const second = await startTestHub({ dataDir });
    hubs.push(second);
    // Secrets and codes come back; every room is closed to new joins after a restart.
    expect(second.hub.room('budget')).toEqual({ ...budget, open: false });
    expect(second.hub.room('transport')).toEqual({ ...transport, open: false });
    expect(filesMatching(dataDir, /^rooms\.json\.damaged-/)).toHaveLength(1);
    expect(second.logger.warnings.join('\n')).toMatch(/rooms\.json is unreadable .*kept as rooms\.json\.damaged-/);
    // rooms.json is whole again, so the next start needs no backup.
    expect(JSON.parse(readFileSync(path, 'utf8')).rooms).toHaveLength(2);
  });

  it('rooms.json and its backup both unreadable: the hub starts with no rooms and keeps both damaged files', async () => {
    const dataDir = tempDir('registry');
    writeFileSync(join(dataDir, 'rooms.json'), '{"version": 1, "rooms": [{"room": "x"');
    writeFileSync(join(dataDir, 'rooms.json.bak'), '[1, 2, 3]');

    const testHub = await startTestHub({ dataDir });
    hubs.push(testHub);
    expect(testHub.hub.stats().rooms).toBe(0);
    expect(filesMatching(dataDir, /^rooms\.json\.damaged-/)).toHaveLength(1);
    expect(filesMatching(dataDir, /^rooms\.json\.bak\.damaged-/)).toHaveLength(1);
    // The hub works: a room opened now is saved as usual.
    testHub.hub.openRoom('fresh');
    expect(JSON.parse(readFileSync(join(dataDir, 'rooms.json'), 'utf8')).rooms).toHaveLength(1);
  });
});
