/**
 * How a room's files are named. A generation is a snapshot plus the log of what was appended
 * after it; generation N's snapshot holds everything up to the start of log N. Rooms written
 * before generations existed have one generation 0: "snapshot.bin" and "updates.log".
 *
 *   snapshot-00000007.bin        generation 7's snapshot
 *   log-00000007.log             what was appended after it
 *   *.tmp                        a file being written; never read
 *   *.damaged-<time>             a damaged file kept aside; never read, never deleted
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileRole } from './storedFile';

export interface GenerationFile {
  role: FileRole;
  generation: number;
  path: string;
}

export interface RoomFiles {
  /** Ascending by generation. */
  snapshots: GenerationFile[];
  logs: GenerationFile[];
  /** Files left half-written by a stopped hub or compaction. */
  temporary: string[];
}

const legacyNames: Record<string, { role: FileRole; generation: number }> = {
  'snapshot.bin': { role: 'snapshot', generation: 0 },
  'updates.log': { role: 'log', generation: 0 },
};
const generationName = /^(snapshot|log)-(\d{8,})\.(bin|log)$/;

export function snapshotPath(dir: string, generation: number): string {
  return join(dir, `snapshot-${pad(generation)}.bin`);
}

export function logPath(dir: string, generation: number): string {
  return join(dir, `log-${pad(generation)}.log`);
}

export function listRoomFiles(dir: string): RoomFiles {
  const files: RoomFiles = { snapshots: [], logs: [], temporary: [] };
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.tmp')) {
      files.temporary.push(join(dir, name));
      continue;
    }
    const parsed = legacyNames[name] ?? parseGenerationName(name);
    if (!parsed) continue;
    (parsed.role === 'snapshot' ? files.snapshots : files.logs).push({ ...parsed, path: join(dir, name) });
  }
  files.snapshots.sort((a, b) => a.generation - b.generation);
  files.logs.sort((a, b) => a.generation - b.generation);
  return files;
}

/** A generation number above every file present, for the next log or snapshot. */
export function nextGeneration(files: RoomFiles): number {
  return Math.max(0, ...files.snapshots.map((file) => file.generation), ...files.logs.map((file) => file.generation)) + 1;
}

function parseGenerationName(name: string): { role: FileRole; generation: number } | null {
  const match = generationName.exec(name);
  if (!match) return null;
  const role: FileRole = match[1] === 'snapshot' ? 'snapshot' : 'log';
  if ((role === 'snapshot') !== (match[3] === 'bin')) return null;
  return { role, generation: Number(match[2]) };
}

function pad(generation: number): string {
  return String(generation).padStart(8, '0');
}
