/**
 * Runs compaction jobs in a worker thread, one job at a time (the facilitator's laptop may have
 * only two cores; the hub's event loop keeps one). One compactor serves every hub in the process
 * (the desktop app has one hub; a test run has many): the worker starts on the first job, is
 * never what keeps the process alive, and stops after a minute without work. If it cannot start
 * at all, jobs run on the main thread instead, pausing the hub while they do; the log says so.
 */
import type { Worker } from 'node:worker_threads';
import type { HubLogger } from '../options';
import type { WorkerReply } from './compactionWorker';
import { mergeIntoSnapshot, type CompactionJob } from './snapshotMerge';
import { startCompactionWorker } from './workerLocation';

export type CompactionRunner = 'worker thread' | 'main thread';

export interface CompactionOutcome {
  snapshotBytes: number;
  ranIn: CompactionRunner;
}

interface PendingJob {
  resolve(snapshotBytes: number): void;
  reject(error: Error): void;
}

const idleStopMs = 60_000;

export class Compactor {
  private starting: Promise<Worker | null> | null = null;
  private worker: Worker | null = null;
  private cannotStart = false;
  private readonly pending = new Map<number, PendingJob>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly startWorker: () => Worker = startCompactionWorker) {}

  /** Runs `job` after the jobs before it; rejects if it fails (then no new snapshot is in place). */
  run(job: CompactionJob, logger: HubLogger): Promise<CompactionOutcome> {
    const result = this.queue.then(() => this.runNow(job, logger));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Waits for the jobs given so far, then stops the worker. */
  async close(): Promise<void> {
    await this.queue;
    await this.stopWorker();
  }

  private async runNow(job: CompactionJob, logger: HubLogger): Promise<CompactionOutcome> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = await this.readyWorker(logger);
    if (!worker) return { snapshotBytes: mergeIntoSnapshot(job).snapshotBytes, ranIn: 'main thread' };
    worker.ref();
    try {
      const id = this.nextId++;
      const snapshotBytes = await new Promise<number>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        worker.postMessage({ id, job });
      });
      return { snapshotBytes, ranIn: 'worker thread' };
    } finally {
      worker.unref();
      this.idleTimer = setTimeout(() => void this.stopWorker(), idleStopMs);
      this.idleTimer.unref();
    }
  }

  private readyWorker(logger: HubLogger): Promise<Worker | null> {
    if (this.cannotStart) return Promise.resolve(null);
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= this.launch(logger).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private launch(logger: HubLogger): Promise<Worker | null> {
    return new Promise((resolve) => {
      let settled = false;
      const fallBack = (error: unknown): void => {
        if (settled) return;
        settled = true;
        this.cannotStart = true;
        logger.warn(`the compaction worker could not start (${error instanceof Error ? error.message : String(error)}); rooms are compacted on the main thread, which pauses the hub while it runs`);
        resolve(null);
      };
      let worker: Worker;
      try {
        worker = this.startWorker();
      } catch (error) {
        return fallBack(error);
      }
      let ready = false;
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          ready = true;
          settled = true;
          this.worker = worker;
          return resolve(worker);
        }
        const job = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.ok) job?.resolve(reply.snapshotBytes);
        else job?.reject(new Error(reply.error));
      });
      worker.on('error', (error) => {
        if (!ready) fallBack(error);
        else this.failPending(error);
      });
      worker.on('exit', (code) => {
        if (!ready) fallBack(new Error(`it exited with code ${code}`));
        this.failPending(new Error(`the compaction worker stopped (exit code ${code})`));
        // A worker that stopped is started again for the next job.
        if (this.worker === worker) this.worker = null;
      });
    });
  }

  private failPending(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  private async stopWorker(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

let shared: Compactor | null = null;

/** The compactor every hub in this process uses unless given another. */
export function sharedCompactor(): Compactor {
  shared ??= new Compactor();
  return shared;
}
