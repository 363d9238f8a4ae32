// What a hub's data folder holds, read as files: for checking that something never reached the
// disk, or that nothing of a room is left.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** Files under `dir` whose name or bytes contain any of `needles` (paths relative to `dir`). */
export function filesMentioning(dir: string, needles: string[]): string[] {
  return filesUnder(dir)
    .filter((path) => {
      const bytes = readFileSync(path);
      return needles.some((needle) => path.includes(needle) || bytes.includes(Buffer.from(needle)));
    })
    .map((path) => relative(dir, path));
}
