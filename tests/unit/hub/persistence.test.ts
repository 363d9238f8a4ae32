import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomStore } from '../../../electron/hub/storage/roomStore';
import { roomDirectory } from '../../../electron/hub/sync/roomReplicas';
import { canonicalJson, capturingLogger, connectClient, docFromState, startTestHub, tempDir, waitUntil, type TestClient, type TestHub } from './helpers';

function replay(dir: string, logger = capturingLogger()): { doc: Y.Doc; logger: ReturnType<typeof capturingLogger> } {
  const store = new RoomStore(dir, logger, false);
  const doc = new Y.Doc();
  for (const update of store.load().updates) Y.applyUpdate(doc, update);
  store.close();
  return { doc, logger };
}

function onlyLog(dir: string): string {
  const logs = readdirSync(dir).filter((name) => /^log-\d+\.log$/.test(name));
  expect(logs).toHaveLength(1);
  return join(dir, logs[0]!);
}

function newestLogSize(dir: string): number {
  const newest = readdirSync(dir).filter((name) => /^log-\d+\.log$/.test(name)).sort().pop();
  return newest ? statSync(join(dir, newest)).size : Infinity;
}

describe('room persistence on disk', () => {
  let testHub: TestHub | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
    testHub = undefined;
  });

  it('a log whose last record was cut short by a crash loads everything before it, keeps the torn file aside and appends on clean ground', () => {
    const dir = tempDir('store');
    const store = new RoomStore(dir, capturingLogger(), false);
    store.load();
    const source = new Y.Doc();
    const toStore = (update: Uint8Array): void => store.append([{ kind: 'update', bytes: update }]);
    source.on('update', toStore);
    for (let i = 0; i < 10; i++) source.getMap('cards').set(`c${i}`, i);
    source.off('update', toStore);
    store.close();
    const logPath = onlyLog(dir);
    const intactSize = statSync(logPath).size;
    // A crash mid-write: the start of a record header, and nothing after it.
    appendFileSync(logPath, Buffer.from([0xf5, 0x42, 0x52, 0x5a, 1, 0, 0, 0, 200]));

    const reopened = new RoomStore(dir, capturingLogger(), false);
    const doc = new Y.Doc();
    const loaded = reopened.load();
    for (const update of loaded.updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('cards').size).toBe(10);
    expect(loaded.damage).toEqual([expect.objectContaining({ file: logPath, skippedRecords: 1, skippedBytes: 9, dataLost: true })]);
    expect(readFileSync(loaded.damage[0]!.keptAs).length).toBe(intactSize + 9);
    expect(statSync(logPath).size).toBe(intactSize);
    // Records appended after the restart stay readable.
    reopened.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(source, Y.encodeStateVector(doc)) }]);
    source.getMap('cards').set('after', true);
    reopened.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(source, Y.encodeStateVector(doc)) }]);
    reopened.close();
    expect(replay(dir).doc.getMap('cards').get('after')).toBe(true);
  });

  it('compaction keeps the content identical and starts a new, short log', async () => {
    testHub = await startTestHub({ compactAfterBytes: 2_000 });
    const { facilitatorSecret: secret } = testHub.hub.openRoom('compacted');
    const alice = connectClient(testHub.syncUrl, 'compacted', secret);
    clients.push(alice);
    for (let i = 0; i < 300; i++) {
      alice.doc.getMap('cards').set(`card-${i}`, `text ${i}`.repeat(3));
      if (i % 7 === 0) alice.doc.getMap('cards').delete(`card-${i - 3}`);
      alice.doc.getText('notes').insert(0, `${i} `);
    }
    const dir = roomDirectory(testHub.dataDir, 'compacted');
    await waitUntil(() => canonicalJson(docFromState(testHub!.hub.roomState('compacted'))) === canonicalJson(alice.doc), 'the hub has everything');
    await waitUntil(() => readdirSync(dir).some((name) => /^snapshot-\d+\.bin$/.test(name)), 'a snapshot was written');
    await waitUntil(() => newestLogSize(dir) < 4_000, 'the log the snapshot started is short');
    const { doc } = replay(dir);
    expect(canonicalJson(doc)).toBe(canonicalJson(alice.doc));
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(alice.doc));
  });

  it('the hub writes an edit to its log before relaying it to anyone', async () => {
    testHub = await startTestHub();
    const { facilitatorSecret: secret } = testHub.hub.openRoom('ordered');
    const alice = connectClient(testHub.syncUrl, 'ordered', secret);
    const bob = connectClient(testHub.syncUrl, 'ordered', secret);
    clients.push(alice, bob);
    const dir = roomDirectory(testHub.dataDir, 'ordered');
    let onDiskWhenSeen: unknown = 'not seen';
    bob.doc.getMap('cards').observe(() => {
      onDiskWhenSeen = replay(dir).doc.getMap('cards').get('k');
    });
    await waitUntil(() => alice.provider.synced && bob.provider.synced, 'both synced');
    alice.doc.getMap('cards').set('k', 'v');
    await waitUntil(() => onDiskWhenSeen !== 'not seen', 'bob saw the edit');
    expect(onDiskWhenSeen).toBe('v');
  });
});
