import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the headless hub (electron/hub/cli.ts) once per run into out/e2e-hub/, and tells
 * HubProcess to start that. Most LAN tests start a hub of their own, some several times; through
 * tsx each start compiled and loaded TypeScript afresh (about 2 s more per start on a busy
 * machine, dozens of starts a run). The bundle is the same code, bundled as the desktop app
 * bundles its hub: the compaction worker beside it, where storage/workerLocation.ts looks for a
 * built one, and the dependencies from node_modules. Rebuilt on every run, so never stale.
 */
export default async function globalSetup(): Promise<void> {
  const outdir = resolve('out/e2e-hub');
  await build({
    entryPoints: { cli: 'electron/hub/cli.ts', compactionWorker: 'electron/hub/storage/compactionWorker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  process.env.BARAZA_HUB_ENTRY = resolve(outdir, 'cli.js');
}
