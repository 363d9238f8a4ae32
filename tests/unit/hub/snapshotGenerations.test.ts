import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomProblem } from '../../../electron/hub';
import { roomDirectory } from '../../../electron/hub/sync/roomReplicas';
import { connectClient, docFromState, startTestHub, tempDir, waitUntil, type TestClient, type TestHub } from './helpers';
import { filesMatching, flipByte, snapshotFile } from './storageHelpers';

const damageKinds = [
  ['a flipped byte in the middle', (path: string) => flipByte(path, Math.floor(readFileSync(path).length / 2))],
  ['cut to half its length', (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2))],
] as const;

describe('snapshots by generation', () => {
  const clients: TestClient[] = [];
  let last: TestHub | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await last?.stop();
    last = undefined;
  });

  /** A hub on `dataDir` that keeps the directory when it stops, and the problems it reported. */
  async function hubOn(dataDir: string): Promise<{ testHub: TestHub; problems: RoomProblem[] }> {
    const problems: RoomProblem[] = [];
    const testHub = await startTestHub({ dataDir, onRoomProblem: (_room, problem) => problems.push(problem) });
    return { testHub, problems };
  }

  async function addCards(testHub: TestHub, secret: string, prefix: string, count: number, total: number): Promise<void> {
    const client = connectClient(testHub.syncUrl, 'workshop', secret);
    clients.push(client);
    await waitUntil(() => client.provider.synced, 'the client synced');
    for (let i = 0; i < count; i++) client.doc.getMap('cards').set(`${prefix}-${i}`, `card ${i}`);
    await waitUntil(() => docFromState(testHub.hub.roomState('workshop')).getMap('cards').size === total, `the hub has ${total} cards`);
    client.destroy();
    clients.splice(clients.indexOf(client), 1);
  }

  for (const [damageKind, damage] of damageKinds) {
    it(`a newest snapshot with ${damageKind}: the hub starts, the previous generation keeps all 400 cards, the damaged file is kept, and graceful stops make no loss permanent`, async () => {
      const dataDir = tempDir('generations');
      const dir = roomDirectory(dataDir, 'workshop');
      // Two working sessions, each ended by a graceful stop that compacts the room.
      const first = await hubOn(dataDir);
      const { facilitatorSecret: secret } = first.testHub.hub.openRoom('workshop');
      await addCards(first.testHub, secret, 'morning', 200, 200);
      await first.testHub.hub.close();
      const second = await hubOn(dataDir);
      await addCards(second.testHub, secret, 'afternoon', 200, 400);
      await second.testHub.hub.close();

      const newest = join(dir, filesMatching(dir, snapshotFile).pop()!);
      damage(newest);

      const third = await hubOn(dataDir);
      expect(docFromState(third.testHub.hub.roomState('workshop')).getMap('cards').size).toBe(400);
      const kept = filesMatching(dir, /\.damaged-/);
      expect(kept).toHaveLength(1);
      expect(kept[0]!.startsWith(`${newest.slice(dir.length + 1)}.damaged-`)).toBe(true);
      expect(third.problems).toEqual([
        expect.objectContaining({ kind: 'storage-damage', damage: [expect.objectContaining({ file: newest, dataLost: false })] }),
      ]);
      await third.testHub.hub.close();

      last = (await hubOn(dataDir)).testHub;
      expect(docFromState(last.hub.roomState('workshop')).getMap('cards').size).toBe(400);
      expect(existsSync(join(dir, kept[0]!))).toBe(true);
    });
  }
});
