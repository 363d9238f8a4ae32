/**
 * The compaction worker thread: runs snapshotMerge.ts jobs so that merging a full-day room
 * (seconds of CPU at worst) never blocks the hub's event loop. It says "ready" once loaded, so
 * the hub can tell a worker that could not start from a job that failed.
 */
import { parentPort } from 'node:worker_threads';
import { mergeIntoSnapshot, type CompactionJob } from './snapshotMerge';

export type WorkerReply = { ready: true } | { id: number; ok: true; snapshotBytes: number } | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('compactionWorker.ts runs only as a worker thread');

port.on('message', ({ id, job }: { id: number; job: CompactionJob }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, snapshotBytes: mergeIntoSnapshot(job).snapshotBytes };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
