/**
 * A replica's link to its room on disk: builds the doc from the room's files (reporting any
 * damage found on the way), appends what changed, and compacts the files off the event loop.
 */
import * as Y from 'yjs';
import type { HubLogger } from '../options';
import type { Compactor } from '../storage/compactor';
import type { RoomMeta } from '../storage/roomMeta';
import type { RoomStore } from '../storage/roomStore';
import type { CompactionJob } from '../storage/snapshotMerge';
import type { RoomProblem } from '../storage/storageTypes';
import type { StoredRecord } from '../storage/storedFile';

/** What lies beyond one room: the shared compactor, and the facilitator's app. */
export interface ReplicaServices {
  compactor: Compactor;
  /** Told of every compaction under way, so that a graceful stop can wait for it. */
  compactionStarted(done: Promise<void>): void;
  reportProblem(problem: RoomProblem): void;
}

export class RoomPersistence {
  private compactionScheduled = false;

  constructor(
    private readonly room: string,
    private readonly store: RoomStore,
    private readonly compactAfterBytes: number,
    private readonly logger: HubLogger,
    private readonly services: ReplicaServices,
  ) {}

  /** The room as its files hold it. Throws if they cannot be read; damage in them is reported. */
  load(): { doc: Y.Doc; meta: RoomMeta } {
    const doc = new Y.Doc();
    const { updates, meta, damage } = this.store.load();
    if (damage.length > 0) this.report({ kind: 'storage-damage', detail: damage.map((found) => found.description).join('; '), damage });
    const unappliable: string[] = [];
    Y.transact(doc, () => {
      for (const update of updates) {
        try {
          Y.applyUpdate(doc, update);
        } catch (error) {
          unappliable.push(messageOf(error));
        }
      }
    });
    if (unappliable.length > 0) {
      const detail = `${unappliable.length} stored records passed their checksums but did not apply (${unappliable[0]}); skipped`;
      this.logger.error(`room ${this.room}: ${detail}`);
      this.report({ kind: 'storage-damage', detail });
    }
    return { doc, meta };
  }

  /** Writes `records` with one write; throws StorageWriteError, with nothing written, if it fails. */
  append(records: StoredRecord[]): void {
    this.store.append(records);
  }

  /** About how large the room is on disk (see RoomStore.sizeBytes). */
  sizeBytes(): number {
    return this.store.sizeBytes();
  }

  report(problem: RoomProblem): void {
    this.services.reportProblem(problem);
  }

  /** True when some of the room is only in logs, which a compaction would fold into a snapshot. */
  hasRecordsSinceSnapshot(): boolean {
    return this.store.hasRecordsSinceSnapshot();
  }

  /** Compacts once the log has grown enough, after the current relay (`doc` says what to match). */
  compactWhenDue(doc: () => Y.Doc | null): void {
    if (this.compactionScheduled || !this.store.shouldCompact(this.compactAfterBytes)) return;
    this.compactionScheduled = true;
    // After the relay, so that no client waits for the new log to be created.
    setImmediate(() => {
      const current = doc();
      if (this.compactionScheduled && current) void this.compact(current);
    });
  }

  /**
   * Folds the logs into a new snapshot, off the event loop; appends go on meanwhile. Resolves
   * (never rejects) once it is done or has failed; a failure is logged, and the logs stay.
   */
  compact(doc: Y.Doc): Promise<void> {
    this.compactionScheduled = false;
    let job: CompactionJob | null;
    try {
      job = this.store.beginCompaction(Y.encodeStateVector(doc));
    } catch (error) {
      this.logger.error(`room ${this.room}: could not start a compaction (${messageOf(error)}); the logs are kept`);
      return Promise.resolve();
    }
    if (!job) return Promise.resolve();
    const done = this.runCompaction(job);
    this.services.compactionStarted(done);
    return done;
  }

  close(): void {
    this.compactionScheduled = false;
    this.store.close();
  }

  private async runCompaction(job: CompactionJob): Promise<void> {
    const started = performance.now();
    let snapshotBytes: number | null = null;
    try {
      const outcome = await this.services.compactor.run(job, this.logger);
      snapshotBytes = outcome.snapshotBytes;
      this.logger.info(`room ${this.room} compacted in the ${outcome.ranIn} in ${Math.round(performance.now() - started)} ms (snapshot of ${snapshotBytes} bytes)`);
    } catch (error) {
      this.logger.error(`room ${this.room}: compaction failed (${messageOf(error)}); the logs are kept`);
    }
    try {
      this.store.finishCompaction(job, snapshotBytes);
    } catch (error) {
      this.logger.warn(`room ${this.room}: could not clear out older generations (${messageOf(error)}); the next compaction tries again`);
    }
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
