import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicalJson, connectClient, docFromState, sameState, tempDir, waitUntil, type TestClient } from './helpers';
import { killHard, startHubProcess, type HubProcess } from './hubProcess';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the hub killed with SIGKILL mid-session', () => {
  const hubs: HubProcess[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const hub of hubs.splice(0)) await killHard(hub);
  });

  it('clients reconnect on their own after a restart, no edit is lost, and a late joiner gets everything', async () => {
    const dataDir = tempDir('crash');
    const port = await freePort();
    const args = ['--port', String(port), '--strict-port', '--host', '127.0.0.1', '--data', dataDir];
    const first = await startHubProcess([...args, '--open-room', 'crashy']);
    hubs.push(first);
    const { facilitatorSecret: secret } = first.ready.rooms[0]!;
    const url = `ws://127.0.0.1:${port}/sync`;

    const alice = connectClient(url, 'crashy', secret);
    const bob = connectClient(url, 'crashy', secret);
    const leaver = connectClient(url, 'crashy', secret);
    clients.push(alice, bob);
    for (let i = 0; i < 50; i++) alice.doc.getMap('cards').set(`alice-${i}`, i);
    leaver.doc.getText('notes').insert(0, 'written by someone who then left');
    await waitUntil(() => sameState(alice.doc, bob.doc) && sameState(bob.doc, leaver.doc) && bob.doc.getText('notes').length > 0, 'all three converge');
    leaver.destroy();

    // The moment bob has seen alice's last edit, the hub has acknowledged it; kill it right then.
    alice.doc.getMap('cards').set('last-before-crash', true);
    await waitUntil(() => bob.doc.getMap('cards').get('last-before-crash') === true, 'bob sees the last edit');
    await killHard(first);
    hubs.splice(0);
    await waitUntil(() => !alice.provider.wsconnected && !bob.provider.wsconnected, 'both notice the hub is gone');

    // Edits made while the hub is down merge when it returns.
    alice.doc.getMap('cards').set('while-down', 'alice');
    bob.doc.getArray('list').push(['offline vote']);

    const second = await startHubProcess(args);
    hubs.push(second);
    await waitUntil(() => alice.provider.synced && bob.provider.synced, 'both reconnect by themselves', 15_000);
    await waitUntil(() => sameState(alice.doc, bob.doc) && bob.doc.getMap('cards').get('while-down') === 'alice', 'they converge again');

    // A late joiner, with nobody else online, gets everything from the restarted hub's disk.
    alice.destroy();
    bob.destroy();
    clients.splice(0);
    await killHard(second);
    hubs.splice(0);
    const third = await startHubProcess(args);
    hubs.push(third);
    const carol = connectClient(url, 'crashy', secret);
    clients.push(carol);
    await waitUntil(() => carol.provider.synced && carol.doc.getArray('list').length === 1, 'carol has synced');
    expect(canonicalJson(carol.doc)).toBe(canonicalJson(alice.doc));
    expect(carol.doc.getText('notes').toString()).toBe('written by someone who then left');
    expect(carol.doc.getMap('cards').get('last-before-crash')).toBe(true);
    expect(carol.doc.getMap('cards').size).toBe(52);
  });

  it('every edit another client had seen before the kill is on disk, even in the middle of a burst', async () => {
    const dataDir = tempDir('burst');
    const port = await freePort();
    const args = ['--port', String(port), '--strict-port', '--host', '127.0.0.1', '--data', dataDir];
    const first = await startHubProcess([...args, '--open-room', 'burst']);
    hubs.push(first);
    const { facilitatorSecret: secret } = first.ready.rooms[0]!;
    const url = `ws://127.0.0.1:${port}/sync`;
    const writer = connectClient(url, 'burst', secret);
    const watcher = connectClient(url, 'burst', secret);
    clients.push(writer, watcher);
    await waitUntil(() => writer.provider.synced && watcher.provider.synced, 'both synced');
    const burst = setInterval(() => {
      for (let i = 0; i < 20; i++) writer.doc.getMap('cards').set(`k${Math.random()}`, 'x'.repeat(50));
    }, 2);
    await waitUntil(() => watcher.doc.getMap('cards').size > 500, 'the watcher has seen a good part of the burst');
    await killHard(first);
    hubs.splice(0);
    clearInterval(burst);
    // What the watcher saw is what the hub relayed; nobody may resend it after the restart.
    const seen = Y.encodeStateAsUpdate(watcher.doc);
    writer.destroy();
    watcher.destroy();
    clients.splice(0);

    const second = await startHubProcess(args);
    hubs.push(second);
    const lateJoiner = connectClient(url, 'burst', secret);
    clients.push(lateJoiner);
    await waitUntil(() => lateJoiner.provider.synced, 'the late joiner synced');
    const expected = docFromState(seen);
    for (const key of expected.getMap('cards').keys()) expect(lateJoiner.doc.getMap('cards').has(key)).toBe(true);
  });
});
