import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { RollupLog } from 'rollup';
import { hubProcessBundleName } from './electron/hubProcess/location';
import { rendererConfig, rendererRoot } from './renderer/vite.shared';

// Resolved from import.meta.url: the config is bundled before it runs, so import.meta.dirname is not kept.
const projectRoot = dirname(fileURLToPath(import.meta.url));

/** zod's sources carry `@__PURE__` comments where Rollup cannot use them; it says so on every
 *  build, about code that is fine. */
function quietAboutZodComments(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
  warn(warning);
}

export default defineConfig({
  main: {
    // zod is bundled rather than loaded from node_modules: the hub then carries only the parts of
    // it the document's schemas use, about 2 MiB less live heap in the hub's process
    // (docs/BENCHMARKS.md, "Hub"). Every other dependency stays external.
    plugins: [externalizeDepsPlugin({ exclude: ['zod'] })],
    build: {
      rollupOptions: {
        onwarn: quietAboutZodComments,
        input: {
          index: resolve(projectRoot, 'electron/main/index.ts'),
          // The hub's utility process, built beside the main bundle where electron/main/hub.ts looks for it.
          [hubProcessBundleName]: resolve(projectRoot, 'electron/hubProcess/entry.ts'),
          // The hub's compaction worker thread, started from out/main/ (see electron/hub/storage/workerLocation.ts).
          compactionWorker: resolve(projectRoot, 'electron/hub/storage/compactionWorker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: { index: resolve(projectRoot, 'electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rollupOptions: { input: { index: resolve(rendererRoot, 'index.html') } },
    },
  },
});
