/**
 * File operations that leave either the old or the new version on disk whatever happens, and
 * that keep damaged files instead of destroying them.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Makes renames and new names durable; some platforms cannot open a directory, which is fine. */
export function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only: the files themselves are complete under their final names.
  }
}

/** Writes `bytes` to `path` through a temporary file: readers see the old file or the new one. */
export function writeFileDurably(path: string, bytes: Uint8Array, mode = 0o644): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w', mode);
  try {
    writeFully(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncDirectory(dirname(path));
}

export function writeFully(fd: number, bytes: Uint8Array, position: number | null = null): void {
  let written = 0;
  while (written < bytes.length) {
    written += writeSync(fd, bytes, written, bytes.length - written, position === null ? null : position + written);
  }
}

/** A free name beside `path` for a damaged copy of it: `<path>.damaged-<UTC time>`. */
export function asideName(path: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let candidate = `${path}.damaged-${stamp}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}.damaged-${stamp}-${n}`;
  return candidate;
}

/** Renames a damaged file out of the way of the reader; returns its new path. */
export function moveAside(path: string): string {
  const aside = asideName(path);
  renameSync(path, aside);
  syncDirectory(dirname(path));
  return aside;
}

/**
 * Keeps the current bytes of `path` under a damaged-copy name while `path` itself stays in place
 * (to be replaced atomically by a repaired version): a hard link where the filesystem has them,
 * a copy where it does not.
 */
export function keepCopyAside(path: string): string {
  const aside = asideName(path);
  try {
    linkSync(path, aside);
  } catch {
    copyFileSync(path, aside);
  }
  syncDirectory(dirname(path));
  return aside;
}

/** Removes a file that is no longer needed; a file that is already gone is fine. */
export function removeFile(path: string): void {
  rmSync(path, { force: true });
}
