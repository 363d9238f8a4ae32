// Shared set-up for the storage tests: reading a room back from its files, and damaging files
// the way disks and crashes do.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { RoomStore, type LoadedRoom } from '../../../electron/hub/storage/roomStore';
import { capturingLogger } from './helpers';

/** Loads a room's files into a fresh doc, as the hub would after a restart. */
export function replayRoom(dir: string): LoadedRoom & { doc: Y.Doc } {
  const store = new RoomStore(dir, capturingLogger(), false);
  const loaded = store.load();
  store.close();
  const doc = new Y.Doc();
  for (const update of loaded.updates) Y.applyUpdate(doc, update);
  return { ...loaded, doc };
}

/** The names in `dir` matching `pattern`, sorted. */
export function filesMatching(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).filter((name) => pattern.test(name)).sort();
}

export const snapshotFile = /^snapshot(-\d+)?\.bin$/;
export const logFile = /^(log-\d+|updates)\.log$/;

export function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ 0x5a;
  writeFileSync(path, bytes);
}

/**
 * A store with one update record per card, each card from its own client so that no record
 * depends on another (Yjs holds a client's later edits back until its earlier ones arrive), and
 * the file offsets where each record starts (plus the end of the last).
 */
export function logOfCards(dir: string, count: number): { store: RoomStore; recordStarts: number[]; logPath: string } {
  const store = new RoomStore(dir, capturingLogger(), false);
  store.load();
  const logPath = join(dir, filesMatching(dir, logFile)[0]!);
  const recordStarts: number[] = [];
  for (let i = 0; i < count; i++) {
    const author = new Y.Doc();
    author.getMap('cards').set(`card-${i}`, `text of card ${i}`);
    recordStarts.push(readFileSync(logPath).length);
    store.append([{ kind: 'update', bytes: Y.encodeStateAsUpdate(author) }]);
  }
  recordStarts.push(readFileSync(logPath).length);
  return { store, recordStarts, logPath };
}
