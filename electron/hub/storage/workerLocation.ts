/**
 * Starts the compaction worker wherever the hub runs:
 *
 * - In the desktop app, electron-vite builds it as its own entry next to the main bundle
 *   (out/main/compactionWorker.js, see electron.vite.config.ts), and the bundle's
 *   import.meta.url is out/main/index.js.
 * - From sources (`npm run hub` through tsx, the hub tests under Vitest), the worker is the .ts
 *   file beside this one. Neither tsx's nor Vitest's TypeScript loading reaches worker threads,
 *   so the worker first registers tsx's loader itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

// Not string literals in `new URL(...)`, so bundlers leave them alone instead of inlining assets.
// The second is for a bundle that puts this module in a chunk under out/main/chunks/.
const builtWorkers = ['./compactionWorker.js', '../compactionWorker.js'];
const sourceWorker = './compactionWorker.ts';

export function startCompactionWorker(): Worker {
  for (const candidate of builtWorkers) {
    const built = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(built))) return new Worker(built);
  }
  const source = new URL(sourceWorker, import.meta.url);
  if (!existsSync(fileURLToPath(source))) throw new Error(`no compaction worker beside ${fileURLToPath(import.meta.url)}`);
  const bootstrap = `import(${JSON.stringify(tsxLoaderApi())}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function tsxLoaderApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return 'tsx/esm/api'; // resolved from the working directory, where `npm run hub` runs
  }
}
