// Compaction benchmark: how long compacting a full-day room (5,000 cards and 20,000 votes, each
// written by its own transaction as participants make them) keeps the hub's event loop from
// serving anyone. Before: the replica's state encoded and the snapshot written on the main thread
// (what the hub did until snapshots moved to a worker). Now: the merge and the write run in the
// compaction worker thread; the main thread only starts a new log generation.
// Run with `node --import tsx tests/bench/run.ts compaction`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { Compactor } from '../../electron/hub/storage/compactor';
import { writeFileDurably } from '../../electron/hub/storage/durableFiles';
import { RoomStore } from '../../electron/hub/storage/roomStore';
import { mergeIntoSnapshot } from '../../electron/hub/storage/snapshotMerge';
import { median } from './hub/stats';

const runs = Number(process.env.COMPACTION_BENCH_RUNS ?? 5);
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** Writes the room to `dir` one transaction per card and per vote; returns the replica's doc. */
function buildFullDayRoom(dir: string): Y.Doc {
  const store = new RoomStore(dir, quiet, false);
  store.load();
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => store.append([{ kind: 'update', bytes: update }]));
  const cards = doc.getMap<Y.Map<unknown>>('cards');
  const votes = doc.getMap<unknown>('votes');
  for (let i = 0; i < 5000; i++) {
    doc.transact(() => {
      const card = new Y.Map<unknown>();
      cards.set(`card-${i}`, card);
      card.set('id', `card-${i}`);
      card.set('text', `Idea number ${i}: improve access to services in district ${i % 40}`);
      card.set('author', `participant-${i % 60}`);
      card.set('part', `part-${i % 12}`);
      card.set('createdAt', 1_700_000_000_000 + i * 1000);
    });
  }
  for (let i = 0; i < 20_000; i++) votes.set(`vote-${i}`, { card: `card-${i % 5000}`, voter: `participant-${i % 60}`, value: 1 + (i % 3) });
  store.close();
  return doc;
}

/** The longest gap between 1 ms timer ticks while it runs: how long the event loop was blocked. */
function stallMeter(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

function freshCopy(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'baraza-compaction-run-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

export async function run(): Promise<void> {
  const template = mkdtempSync(join(tmpdir(), 'baraza-compaction-'));
  const replica = buildFullDayRoom(template);
  const stateBytes = Y.encodeStateAsUpdate(replica).length;
  console.log(`full-day room: ${(stateBytes / 2 ** 20).toFixed(2)} MiB of state, 25,000 log records`);
  const before: number[] = [];
  const fallback: number[] = [];
  const workerStall: number[] = [];
  const workerSyncPart: number[] = [];
  const workerTotal: number[] = [];
  const idleStall: number[] = [];
  const compactor = new Compactor();
  try {
    const warmUp = performance.now();
    const warmDir = freshCopy(template);
    const warmStore = new RoomStore(warmDir, quiet, false);
    warmStore.load();
    await compactor.run(warmStore.beginCompaction(Y.encodeStateVector(replica))!, quiet);
    warmStore.close();
    rmSync(warmDir, { recursive: true, force: true });
    console.log(`worker start and first compaction: ${Math.round(performance.now() - warmUp)} ms`);

    for (let i = 0; i < runs; i++) {
      // Before: the whole state encoded and written, fsync and rename included, on the event loop.
      const oldDir = freshCopy(template);
      let started = performance.now();
      writeFileDurably(join(oldDir, 'snapshot.bin'), Y.encodeStateAsUpdate(replica));
      before.push(performance.now() - started);
      rmSync(oldDir, { recursive: true, force: true });

      // Now, if no worker could start: the same merge the worker does, on the event loop.
      const fallbackDir = freshCopy(template);
      const fallbackStore = new RoomStore(fallbackDir, quiet, false);
      fallbackStore.load();
      started = performance.now();
      const fallbackJob = fallbackStore.beginCompaction(Y.encodeStateVector(replica))!;
      fallbackStore.finishCompaction(fallbackJob, mergeIntoSnapshot(fallbackJob).snapshotBytes);
      fallback.push(performance.now() - started);
      fallbackStore.close();
      rmSync(fallbackDir, { recursive: true, force: true });

      // Now: the worker merges while the event loop keeps ticking.
      const workerDir = freshCopy(template);
      const store = new RoomStore(workerDir, quiet, false);
      store.load();
      const meter = stallMeter();
      started = performance.now();
      const job = store.beginCompaction(Y.encodeStateVector(replica))!;
      workerSyncPart.push(performance.now() - started);
      const outcome = await compactor.run(job, quiet);
      store.finishCompaction(job, outcome.snapshotBytes);
      workerTotal.push(performance.now() - started);
      workerStall.push(meter.stop());
      if (outcome.ranIn !== 'worker thread') throw new Error('the compaction did not run in the worker');
      store.close();
      rmSync(workerDir, { recursive: true, force: true });

      // The same meter on an idle event loop for as long, to show this machine's own noise.
      const idle = stallMeter();
      await new Promise((resolve) => setTimeout(resolve, workerTotal.at(-1)));
      idleStall.push(idle.stop());
    }
  } finally {
    await compactor.close();
    rmSync(template, { recursive: true, force: true });
  }
  const row = (label: string, samples: number[]): void =>
    console.log(`${label.padEnd(72)} median ${median(samples).toFixed(0).padStart(5)} ms   max ${Math.max(...samples).toFixed(0).padStart(5)} ms`);
  console.log(`\nmain thread blocked during one compaction (${runs} runs):`);
  row('before: encode state + write snapshot on the event loop', before);
  row('now, fallback without a worker: merge files + write snapshot on the event loop', fallback);
  row('now, worker: synchronous part (new log generation, state vector)', workerSyncPart);
  row('now, worker: longest event-loop stall while the compaction ran', workerStall);
  row('          (the same meter on an idle event loop, for comparison)', idleStall);
  row('now, worker: time until the new snapshot is in place (not blocking)', workerTotal);
}
