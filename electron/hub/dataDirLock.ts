/**
 * One hub per data folder. Two hubs on the same folder (the desktop app started twice, or a
 * headless hub pointed at the desktop app's folder) would both append to the same room logs and
 * rewrite the same rooms.json, and each would overwrite the other's work. The first hub creates
 * `hub.lock` with O_EXCL and writes its pid into it; a second one finds the file, sees that its
 * owner is alive, and refuses to start.
 *
 * A hub that died without closing (SIGKILL, a crash, a power cut) leaves its lock behind. The
 * pid in it no longer runs, so the next hub takes the lock over and says so in its log.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { HubLogger } from './options';

export const lockFileName = 'hub.lock';

/** A lock file with no readable owner this young may be one another hub is still writing. */
const unreadableGraceMs = 5_000;

interface LockOwner {
  pid: number;
  startedAt: string;
  /** Tells this hub's lock from a later one that took over the same path. */
  token: string;
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still this hub's. Safe to call more than once. */
  release(): void;
}

export function lockDataDir(dataDir: string, logger: HubLogger): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, lockFileName);
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), token: randomBytes(16).toString('hex') };
  // A few rounds: each failed round removed a stale lock, or found the file gone in between.
  for (let round = 0; round < 3; round++) {
    if (tryCreate(path, owner)) return heldLock(path, owner.token);
    const found = readLock(path);
    if (found.kind === 'gone') continue;
    if (found.kind === 'unreadable') {
      if (Date.now() - modifiedAt(path) < unreadableGraceMs) throw new Error(`Another Baraza hub is starting in the data folder ${dataDir}; try again in a moment.`);
      logger.warn(`taking over the lock on ${dataDir}: ${path} does not name a process`);
    } else if (isAlive(found.owner.pid)) {
      throw new Error(
        `Another Baraza hub (process ${found.owner.pid}, started ${found.owner.startedAt}) is using the data folder ${dataDir}. ` +
          `Stop it first or choose another folder; if no hub is running, delete ${path}.`,
      );
    } else {
      logger.warn(`taking over the lock on ${dataDir}: process ${found.owner.pid}, which held it since ${found.owner.startedAt}, is no longer running`);
    }
    removeIfUnchanged(path, found.text);
  }
  throw new Error(`Could not lock the data folder ${dataDir}: ${path} could not be replaced.`);
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function heldLock(path: string, token: string): DataDirLock {
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      const found = readLock(path);
      // Never delete a lock that another hub took over (for example after this one was judged dead).
      if (found.kind === 'owned' && found.owner.token === token) unlinkQuietly(path);
    },
  };
}

type FoundLock = { kind: 'gone' } | { kind: 'owned'; owner: LockOwner; text: string } | { kind: 'unreadable'; text: string | undefined };

function readLock(path: string): FoundLock {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'gone' } : { kind: 'unreadable', text: undefined };
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isSafeInteger(owner.pid) && (owner.pid as number) > 0 && typeof owner.startedAt === 'string' && typeof owner.token === 'string') {
      return { kind: 'owned', owner: owner as LockOwner, text };
    }
  } catch {
    // Falls through: a half-written or foreign file.
  }
  return { kind: 'unreadable', text };
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Deletes the stale lock only if it still holds what was judged stale, so that a hub which took
 * it over in the meantime keeps its lock. (Two hubs taking over the same stale lock in the same
 * millisecond could still both succeed; that needs two starts after a crash at the same instant.)
 */
function removeIfUnchanged(path: string, staleText: string | undefined): void {
  const now = readLock(path);
  if (now.kind === 'gone' || now.text !== staleText) return;
  unlinkQuietly(path);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}
