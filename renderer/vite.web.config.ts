import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig, rendererRoot } from './vite.shared';

/** The renderer as a plain web app: what browsers get from the hub and what e2e tests drive. */
export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(rendererRoot, '../out/web'), emptyOutDir: true },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
