import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Hooks start real hub processes (tsx compiles them on start): seconds on a busy machine.
    hookTimeout: 30_000,
  },
});
