import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { offlineShell } from './build/offlineShell';
import { participantPreload } from './build/participantPreload';
import { precompress } from './build/precompress';

/**
 * The renderer's build settings, shared by the Electron build (electron.vite.config.ts) and the
 * plain web build (vite.web.config.ts), so that the desktop app and a participant's browser run
 * exactly the same bundle.
 */
export const rendererRoot = dirname(fileURLToPath(import.meta.url));

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  // The offline shell's worker is written before the build's files are compressed, so it is too.
  plugins: [react(), participantPreload(), offlineShell(), precompress()],
  resolve: {
    alias: { '@shared': resolve(rendererRoot, '../shared') },
  },
  build: {
    target: 'es2022',
    // Mermaid arrives in its own chunks, loaded only when a diagram is shown.
    chunkSizeWarningLimit: 4000,
  },
};
