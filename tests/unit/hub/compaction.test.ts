import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Compactor } from '../../../electron/hub/storage/compactor';
import { RoomStore } from '../../../electron/hub/storage/roomStore';
import { parseStoredFile } from '../../../electron/hub/storage/storedFile';
import { capturingLogger, tempDir } from './helpers';
import { filesMatching, replayRoom } from './storageHelpers';

/** A room store and a doc that mirrors everything appended to it. */
function roomWithCards(count: number): { store: RoomStore; mirror: Y.Doc; dir: string; addCard(key: string): void } {
  const dir = tempDir('compaction');
  const store = new RoomStore(dir, capturingLogger(), false);
  store.load();
  const mirror = new Y.Doc();
  const authors = Array.from({ length: 6 }, () => new Y.Doc());
  let next = 0;
  const addCard = (key: string): void => {
    const author = authors[next++ % authors.length]!;
    const before = Y.encodeStateVector(author);
    author.getMap('cards').set(key, { text: `card ${key}`, votes: next % 5 });
    const update = Y.encodeStateAsUpdate(author, before);
    store.append([{ kind: 'update', bytes: update }]);
    Y.applyUpdate(mirror, update);
  };
  for (let i = 0; i < count; i++) addCard(`card-${i}`);
  return { store, mirror, dir, addCard };
}

describe('compaction', () => {
  const compactor = new Compactor();
  afterAll(() => compactor.close());

  it('in the worker thread, produces a snapshot that loads to the same state, metadata included, while appends go on in the new generation', async () => {
    const { store, mirror, dir, addCard } = roomWithCards(300);
    store.append([{ kind: 'meta', value: { clients: { 42: 'p:first' } } }]);
    const atStart = Y.encodeStateAsUpdate(mirror);
    const job = store.beginCompaction(Y.encodeStateVector(mirror))!;
    const running = compactor.run(job, capturingLogger());
    for (let i = 0; i < 20; i++) addCard(`during-${i}`);
    store.append([{ kind: 'meta', value: { clients: { 43: 'p:second' } } }]);
    const outcome = await running;
    store.finishCompaction(job, outcome.snapshotBytes);
    expect(outcome.ranIn).toBe('worker thread');

    // The snapshot alone is the room as it was when the compaction began.
    const snapshot = parseStoredFile(readFileSync(job.output), 'snapshot');
    const fromSnapshot = new Y.Doc();
    for (const record of snapshot.records) if (record.kind === 'update') Y.applyUpdate(fromSnapshot, record.bytes);
    expect(Y.encodeStateVector(fromSnapshot)).toEqual(Y.encodeStateVector(docOf(atStart)));
    expect(fromSnapshot.getMap('cards').toJSON()).toEqual(docOf(atStart).getMap('cards').toJSON());
    expect(snapshot.records).toContainEqual({ kind: 'meta', value: { clients: { 42: 'p:first' } } });
    // Snapshot and new log together are everything.
    const { doc, meta, damage } = replayRoom(dir);
    expect(damage).toEqual([]);
    expect(doc.getMap('cards').toJSON()).toEqual(mirror.getMap('cards').toJSON());
    expect({ ...meta.clients }).toEqual({ 42: 'p:first', 43: 'p:second' });

    // A second compaction deletes generation 1 (the first log) and keeps generation 2 as the
    // stand-in for the newest snapshot.
    const second = store.beginCompaction(Y.encodeStateVector(mirror))!;
    store.finishCompaction(second, (await compactor.run(second, capturingLogger())).snapshotBytes);
    store.close();
    expect(filesMatching(dir, /^(snapshot|log)-/)).toEqual(['log-00000002.log', 'log-00000003.log', 'snapshot-00000002.bin', 'snapshot-00000003.bin']);
    expect(replayRoom(dir).doc.getMap('cards').toJSON()).toEqual(mirror.getMap('cards').toJSON());
  });

  it('if the worker cannot start, runs on the main thread and says so', async () => {
    const { store, mirror, dir } = roomWithCards(50);
    const logger = capturingLogger();
    const withoutWorker = new Compactor(() => {
      throw new Error('no worker here');
    });
    const job = store.beginCompaction(Y.encodeStateVector(mirror))!;
    const outcome = await withoutWorker.run(job, logger);
    store.finishCompaction(job, outcome.snapshotBytes);
    store.close();
    expect(outcome.ranIn).toBe('main thread');
    expect(logger.warnings.join('\n')).toMatch(/compaction worker could not start \(no worker here\); rooms are compacted on the main thread/);
    expect(replayRoom(dir).doc.getMap('cards').toJSON()).toEqual(mirror.getMap('cards').toJSON());
  });

  it('puts no snapshot in place when the files do not add up to the room in memory', async () => {
    const { store, dir } = roomWithCards(50);
    const elsewhere = new Y.Doc();
    elsewhere.getMap('cards').set('never stored', true);
    const job = store.beginCompaction(Y.encodeStateVector(elsewhere))!;
    await expect(compactor.run(job, capturingLogger())).rejects.toThrow(/do not match the room in memory/);
    store.finishCompaction(job, null);
    store.close();
    expect(filesMatching(dir, /^snapshot/)).toEqual([]);
    expect(filesMatching(dir, /\.tmp$/)).toEqual([]);
    expect(replayRoom(dir).doc.getMap('cards').size).toBe(50);
  });
});

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}
