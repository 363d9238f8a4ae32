import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { hubProcessBundleName } from './electron/hubProcess/location';
import { rendererConfig, rendererRoot } from './renderer/vite.shared';

// Resolved from import.meta.url: the config is bundled before it runs, so import.meta.dirname is not kept.
const projectRoot = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
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
