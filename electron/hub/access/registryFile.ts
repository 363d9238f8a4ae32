/**
 * rooms.json on disk. Written atomically (temporary file, fsync, rename, directory fsync), and
 * the version it replaces is kept as rooms.json.bak. An unreadable rooms.json (cut short, not
 * JSON, not the expected shape) is moved aside and the backup used instead; if that is unreadable
 * too, the hub starts with no rooms. Either way the hub starts, and damaged files are kept.
 */
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HubLogger } from '../options';
import { moveAside, removeFile, syncDirectory, writeFileDurably, writeFully } from '../storage/durableFiles';
import type { RoomAccess } from './roomRegistry';
import { isValidRoomName } from './roomNames';
import { isWellFormedSecret } from './secrets';

interface RegistryFile {
  version: 1;
  rooms: RoomAccess[];
}

type ReadOutcome = { rooms: RoomAccess[] } | { missing: true } | { unreadable: string };

export function registryPath(dataDir: string): string {
  return join(dataDir, 'rooms.json');
}

export function readRegistryFile(dataDir: string, logger: HubLogger): RoomAccess[] {
  const path = registryPath(dataDir);
  const backup = `${path}.bak`;
  const main = readRooms(path);
  if ('rooms' in main) return main.rooms;
  if ('unreadable' in main) logger.warn(`${basename(path)} is unreadable (${main.unreadable}); ${setAside(path)}`);
  const fallback = readRooms(backup);
  if ('rooms' in fallback) {
    logger.warn(`the rooms come from ${basename(backup)}, the version before the last change`);
    try {
      writeFileDurably(path, readFileSync(backup), 0o600);
    } catch (error) {
      logger.warn(`could not restore ${basename(path)} from its backup (${String(error)}); the next change writes it`);
    }
    return fallback.rooms;
  }
  if ('unreadable' in fallback) logger.warn(`${basename(backup)} is unreadable too (${fallback.unreadable}); ${setAside(backup)}`);
  if ('unreadable' in main) logger.warn('starting with no rooms: every room must be opened again, with new links');
  return [];
}

/** Moves a damaged file out of the way so that it is neither read nor overwritten again. */
function setAside(path: string): string {
  try {
    return `it is kept as ${basename(moveAside(path))}`;
  } catch (error) {
    return `and could not be moved aside (${String(error)})`;
  }
}

/**
 * Replaces rooms.json, keeping the version it replaces as rooms.json.bak; with `dropPrevious`
 * (a room was forgotten), the backup becomes the new version too, so that no copy keeps the
 * forgotten room's secrets and people.
 */
export function writeRegistryFile(dataDir: string, rooms: RoomAccess[], options: { dropPrevious?: boolean } = {}): void {
  const path = registryPath(dataDir);
  const file: RegistryFile = { version: 1, rooms };
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFully(fd, Buffer.from(JSON.stringify(file, null, 2)));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temp, 0o600);
  if (existsSync(path)) keepAsBackup(path);
  renameSync(temp, path);
  if (options.dropPrevious) keepAsBackup(path);
  syncDirectory(dataDir);
}

/** rooms.json.bak becomes the current rooms.json, replaced in one rename so one always exists. */
function keepAsBackup(path: string): void {
  const backupTemp = `${path}.bak.tmp`;
  removeFile(backupTemp);
  try {
    linkSync(path, backupTemp);
  } catch {
    copyFileSync(path, backupTemp);
    chmodSync(backupTemp, 0o600);
  }
  renameSync(backupTemp, `${path}.bak`);
}

function readRooms(path: string): ReadOutcome {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { unreadable: text.length === 0 ? 'empty' : 'not JSON, or cut short' };
  }
  if (!isRegistryFile(parsed)) return { unreadable: 'not a room registry' };
  return { rooms: parsed.rooms };
}

function isRegistryFile(value: unknown): value is RegistryFile {
  if (typeof value !== 'object' || value === null) return false;
  const { version, rooms } = value as Partial<RegistryFile>;
  return version === 1 && Array.isArray(rooms) && rooms.every(isRoomAccess);
}

function isRoomAccess(value: unknown): value is RoomAccess {
  if (typeof value !== 'object' || value === null) return false;
  const access = value as Record<string, unknown>;
  return (
    typeof access.room === 'string' && isValidRoomName(access.room) &&
    typeof access.secret === 'string' && isWellFormedSecret(access.secret) &&
    typeof access.facilitatorSecret === 'string' && isWellFormedSecret(access.facilitatorSecret) &&
    typeof access.code === 'string' &&
    typeof access.open === 'boolean'
  );
}
