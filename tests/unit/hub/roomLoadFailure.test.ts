import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomProblem } from '../../../electron/hub';
import { roomDirectory } from '../../../electron/hub/sync/roomReplicas';
import { connectClient, startTestHub, tempDir, waitUntil, type TestClient, type TestHub } from './helpers';
import { killHard, startHubProcess, type HubProcess } from './hubProcess';
import { closed, openSocket } from './rawSocket';

/** Makes a room unreadable the way a disk can: its directory is a file. */
function directoryIsAFile(dataDir: string, room: string): void {
  mkdirSync(join(dataDir, 'rooms'), { recursive: true });
  writeFileSync(roomDirectory(dataDir, room), 'not a directory');
}

/** ...or one of its files is a directory. */
function logIsADirectory(dataDir: string, room: string): void {
  mkdirSync(join(roomDirectory(dataDir, room), 'log-00000001.log'), { recursive: true });
}

describe('a room that cannot be loaded', () => {
  const processes: HubProcess[] = [];
  const clients: TestClient[] = [];
  let testHub: TestHub | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const hub of processes.splice(0)) await killHard(hub);
    await testHub?.stop();
    testHub = undefined;
  });

  it('closes only that connection (1011): the hub process keeps running and serves other rooms', async () => {
    const dataDir = tempDir('unreadable');
    const hub = await startHubProcess(['--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--open-room', 'fine', '--open-room', 'dir-is-file', '--open-room', 'log-is-dir']);
    processes.push(hub);
    const key = (room: string): string => hub.ready.rooms.find((access) => access.room === room)!.facilitatorSecret;
    directoryIsAFile(dataDir, 'dir-is-file');
    logIsADirectory(dataDir, 'log-is-dir');
    const url = `ws://127.0.0.1:${hub.port}/sync`;

    for (const room of ['dir-is-file', 'log-is-dir', 'dir-is-file']) {
      const socket = await openSocket(`${url}/${room}?key=${key(room)}`);
      expect(await closed(socket)).toBe(1011);
    }
    const alice = connectClient(url, 'fine', key('fine'));
    const bob = connectClient(url, 'fine', key('fine'));
    clients.push(alice, bob);
    alice.doc.getMap('cards').set('still', 'working');
    await waitUntil(() => bob.doc.getMap('cards').get('still') === 'working', 'the other room syncs');
    expect(hub.child.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${hub.port}/health`)).status).toBe(200);
    expect(hub.output.join('')).toMatch(/room dir-is-file: could not load the room/);
    expect(hub.output.join('')).toMatch(/room log-is-dir: could not load the room .*EISDIR/);
  });

  it('reports load-failed to the facilitator’s app', async () => {
    const problems: Array<[string, RoomProblem]> = [];
    testHub = await startTestHub({ onRoomProblem: (room, problem) => problems.push([room, problem]) });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('unreadable');
    directoryIsAFile(testHub.dataDir, 'unreadable');
    const socket = await openSocket(`${testHub.syncUrl}/unreadable?key=${secret}`);
    expect(await closed(socket)).toBe(1011);
    expect(problems).toEqual([['unreadable', expect.objectContaining({ kind: 'load-failed' })]]);
  });
});
