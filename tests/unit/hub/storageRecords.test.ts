import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomStore, nodeStorageIo } from '../../../electron/hub/storage/roomStore';
import { StorageWriteError, type StorageIo } from '../../../electron/hub/storage/storageTypes';
import { encodeLegacyFile } from '../../../electron/hub/storage/storedFile';
import { capturingLogger, tempDir } from './helpers';
import { filesMatching, flipByte, logFile, logOfCards, replayRoom } from './storageHelpers';

const cardKeys = (doc: Y.Doc): string[] => [...doc.getMap('cards').keys()];

describe('room log records', () => {
  it('one flipped byte in the middle of a log of 100 records costs only that record: the other 99 load, the damaged file is kept aside and the damage reported', () => {
    const dir = tempDir('records');
    const { store, recordStarts, logPath } = logOfCards(dir, 100);
    store.close();
    const original = readFileSync(logPath);
    flipByte(logPath, Math.floor((recordStarts[50]! + recordStarts[51]!) / 2));
    const damagedBytes = readFileSync(logPath);

    const { doc, damage } = replayRoom(dir);
    expect(doc.getMap('cards').size).toBe(99);
    expect(doc.getMap('cards').has('card-50')).toBe(false);
    expect(doc.getMap('cards').get('card-99')).toBe('text of card 99');
    expect(damage).toHaveLength(1);
    expect(damage[0]).toMatchObject({ file: logPath, skippedRecords: 1, skippedBytes: recordStarts[51]! - recordStarts[50]!, dataLost: true });
    expect(damage[0]!.keptAs).toMatch(/log-\d+\.log\.damaged-/);
    expect(readFileSync(damage[0]!.keptAs)).toEqual(damagedBytes);
    // The log now holds the 99 intact records and nothing else; loading it again finds no damage.
    expect(statSync(logPath).size).toBe(original.length - (recordStarts[51]! - recordStarts[50]!));
    const again = replayRoom(dir);
    expect(again.damage).toEqual([]);
    expect(again.doc.getMap('cards').size).toBe(99);
  });

  it('a damaged record header (its marker, or its length) is skipped the same way', () => {
    for (const inHeader of [0, 9]) {
      const dir = tempDir('records');
      const { store, recordStarts, logPath } = logOfCards(dir, 30);
      store.close();
      flipByte(logPath, recordStarts[10]! + inHeader);
      const { doc, damage } = replayRoom(dir);
      expect(cardKeys(doc).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `card-${i}`).filter((key) => key !== 'card-10').sort());
      expect(damage).toEqual([expect.objectContaining({ skippedRecords: 1 })]);
    }
  });

  it('rooms in the first format (BRZSNAP1 snapshot, BRZLOG01 log) still open, and appends go to a new log in the current format', () => {
    const dir = tempDir('legacy');
    const source = new Y.Doc();
    source.getMap('cards').set('from-snapshot', 1);
    writeFileSync(join(dir, 'snapshot.bin'), encodeLegacyFile('snapshot', [Y.encodeStateAsUpdate(source)]));
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 20; i++) source.getMap('cards').set(`from-log-${i}`, i);
    writeFileSync(join(dir, 'updates.log'), encodeLegacyFile('log', updates));
    const legacyLog = readFileSync(join(dir, 'updates.log'));

    const store = new RoomStore(dir, capturingLogger(), false);
    const doc = new Y.Doc();
    for (const update of store.load().updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('cards').size).toBe(21);
    const appended = new Y.Doc();
    appended.getMap('cards').set('after-upgrade', true);
    store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(appended) }]);
    store.close();

    expect(readFileSync(join(dir, 'updates.log'))).toEqual(legacyLog);
    expect(filesMatching(dir, /^log-\d+\.log$/)).toEqual(['log-00000001.log']);
    expect(readFileSync(join(dir, 'log-00000001.log')).subarray(0, 8).toString()).toBe('BRZLOG02');
    expect(replayRoom(dir).doc.getMap('cards').size).toBe(22);
  });

  it('a flipped byte in a first-format log also costs only the damaged record, and what depends on it takes effect once a client sends it again', () => {
    const dir = tempDir('legacy');
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 40; i++) source.getMap('cards').set(`card-${i}`, `text ${i}`);
    const file = encodeLegacyFile('log', updates);
    const twentiethRecord = 8 + updates.slice(0, 20).reduce((sum, update) => sum + 8 + update.length, 0);
    file[twentiethRecord + 8 + 3] = file[twentiethRecord + 8 + 3]! ^ 0xff;
    writeFileSync(join(dir, 'updates.log'), file);

    const { doc, damage, updates: loaded } = replayRoom(dir);
    expect(loaded).toHaveLength(39);
    expect(damage).toEqual([expect.objectContaining({ skippedRecords: 1, skippedBytes: 8 + updates[20]!.length })]);
    expect(existsSync(damage[0]!.keptAs)).toBe(true);
    // One client wrote all 40 cards, so Yjs holds the 19 after the lost one back until it comes
    // again, as it does when that client reconnects and syncs.
    expect(doc.getMap('cards').size).toBe(20);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    expect(doc.getMap('cards').size).toBe(40);
  });

  it('metadata records merge key by key in order, and updates and metadata appended together take one write', () => {
    const dir = tempDir('meta');
    let writes = 0;
    const countingIo: StorageIo = { ...nodeStorageIo, writeSync: (...args) => (writes++, nodeStorageIo.writeSync(...args)) };
    const store = new RoomStore(dir, capturingLogger(), false, countingIo);
    store.load();
    const source = new Y.Doc();
    source.getMap('cards').set('a', 1);
    store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(source) }, { kind: 'meta', value: { clients: { 123: 'p:abc' }, other: { x: 1 } } }]);
    expect(writes).toBe(1);
    store.append([{ kind: 'meta', value: { clients: { 456: 'p:def' }, other: { x: 2 } } }]);
    store.close();

    const { meta, doc } = replayRoom(dir);
    expect({ ...meta }).toEqual({ clients: { 123: 'p:abc', 456: 'p:def' }, other: { x: 2 } });
    expect(doc.getMap('cards').get('a')).toBe(1);
  });

  it('a failed write throws StorageWriteError and leaves none of its records in the file', () => {
    const dir = tempDir('full');
    const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    let failing = false;
    const io: StorageIo = {
      ...nodeStorageIo,
      writeSync: (fd, buffer, offset, length, position) => {
        if (!failing) return nodeStorageIo.writeSync(fd, buffer, offset, length, position);
        // Half of it reaches the file before the disk is full.
        nodeStorageIo.writeSync(fd, buffer, offset, Math.floor(length / 2), position);
        throw diskFull;
      },
    };
    const store = new RoomStore(dir, capturingLogger(), false, io);
    store.load();
    const source = new Y.Doc();
    source.getMap('cards').set('kept', 1);
    store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(source) }]);
    const logPath = join(dir, filesMatching(dir, logFile)[0]!);
    const sizeBefore = statSync(logPath).size;
    failing = true;
    const refused = new Y.Doc();
    refused.getMap('cards').set('refused', 1);
    expect(() => store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(refused) }])).toThrow(StorageWriteError);
    try {
      store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(refused) }]);
    } catch (error) {
      expect((error as StorageWriteError).code).toBe('ENOSPC');
    }
    expect(statSync(logPath).size).toBe(sizeBefore);
    failing = false;
    source.getMap('cards').set('later', 2);
    store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(source) }]);
    store.close();
    const { doc, damage } = replayRoom(dir);
    expect(damage).toEqual([]);
    expect(doc.getMap('cards').toJSON()).toEqual({ kept: 1, later: 2 });
  });

  it('a snapshot no older generation covers is reported as lost, kept aside, and the hub still loads the rest', () => {
    const dir = tempDir('lost');
    const source = new Y.Doc();
    source.getMap('cards').set('only-in-snapshot', 1);
    writeFileSync(join(dir, 'snapshot.bin'), encodeLegacyFile('snapshot', [Y.encodeStateAsUpdate(source)]).subarray(0, 20));
    const later = new Y.Doc();
    later.getMap('cards').set('in-log', 2);
    writeFileSync(join(dir, 'updates.log'), encodeLegacyFile('log', [Y.encodeStateAsUpdate(later)]));

    const { doc, damage } = replayRoom(dir);
    expect(doc.getMap('cards').toJSON()).toEqual({ 'in-log': 2 });
    expect(damage).toEqual([expect.objectContaining({ file: join(dir, 'snapshot.bin'), dataLost: true })]);
    expect(readFileSync(damage[0]!.keptAs).length).toBe(20);
  });
});
