import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's modules import shared/ through the same alias as its Vite build.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Hooks start real hub processes (tsx compiles them on start): seconds on a busy machine.
    hookTimeout: 30_000,
  },
});
