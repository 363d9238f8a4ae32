import { appendFileSync, readFileSync, statSync, truncateSync } from 'node:fs';
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

describe('room persistence on disk', () => {
  let testHub: TestHub | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await testHub?.stop();
    testHub = undefined;
  });

  it('a log whose last record was cut short by a crash loads everything before it, with a warning', () => {
    const dir = tempDir('store');
    const store = new RoomStore(dir, capturingLogger(), false);
    store.load();
    const source = new Y.Doc();
    source.on('update', (update: Uint8Array) => store.append(update));
    for (let i = 0; i < 10; i++) source.getMap('cards').set(`c${i}`, i);
    store.close();
    const logPath = join(dir, 'updates.log');
    const intactSize = statSync(logPath).size;
    // A crash mid-write: a header promising 200 bytes, followed by only 5 of them.
    const torn = Buffer.alloc(13);
    torn.writeUInt32LE(200, 0);
    appendFileSync(logPath, torn);

    const { doc, logger } = replay(dir);
    expect(doc.getMap('cards').size).toBe(10);
    expect(logger.warnings.join('\n')).toMatch(/damaged tail of 13 bytes after 10 intact records/);
    // The torn tail is cut off, so records appended after a restart stay readable.
    expect(statSync(logPath).size).toBe(intactSize);
  });

  it('a record with a flipped byte ends the log there instead of loading bad data', () => {
    const dir = tempDir('store');
    const store = new RoomStore(dir, capturingLogger(), false);
    store.load();
    const source = new Y.Doc();
    source.on('update', (update: Uint8Array) => store.append(update));
    source.getMap('cards').set('first', 1);
    const sizeAfterFirst = statSync(join(dir, 'updates.log')).size;
    source.getMap('cards').set('second', 2);
    store.close();
    const bytes = readFileSync(join(dir, 'updates.log'));
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 0xff;
    truncateSync(join(dir, 'updates.log'), 0);
    appendFileSync(join(dir, 'updates.log'), bytes);
    const { doc, logger } = replay(dir);
    expect(doc.getMap('cards').toJSON()).toEqual({ first: 1 });
    expect(logger.warnings).toHaveLength(1);
    expect(statSync(join(dir, 'updates.log')).size).toBe(sizeAfterFirst);
  });

  it('compaction keeps the content identical and empties the log', async () => {
    testHub = await startTestHub({ compactAfterBytes: 2_000 });
    const { secret } = testHub.hub.openRoom('compacted');
    const alice = connectClient(testHub.syncUrl, 'compacted', secret);
    clients.push(alice);
    for (let i = 0; i < 300; i++) {
      alice.doc.getMap('cards').set(`card-${i}`, `text ${i}`.repeat(3));
      if (i % 7 === 0) alice.doc.getMap('cards').delete(`card-${i - 3}`);
      alice.doc.getText('notes').insert(0, `${i} `);
    }
    const dir = roomDirectory(testHub.dataDir, 'compacted');
    await waitUntil(() => canonicalJson(docFromState(testHub!.hub.roomState('compacted'))) === canonicalJson(alice.doc), 'the hub has everything');
    await waitUntil(() => statSync(join(dir, 'snapshot.bin'), { throwIfNoEntry: false }) !== undefined, 'a snapshot was written');
    const { doc } = replay(dir);
    expect(canonicalJson(doc)).toBe(canonicalJson(alice.doc));
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(alice.doc));
    expect(statSync(join(dir, 'updates.log')).size).toBeLessThan(4_000);
  });

  it('the hub writes an edit to its log before relaying it to anyone', async () => {
    testHub = await startTestHub();
    const { secret } = testHub.hub.openRoom('ordered');
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
