import { defineConfig } from '@playwright/test';

/**
 * The desktop app's smoke test (tests/electron/), apart from the browser suite: it needs
 * Electron's binary, which most of this project's machines cannot download. Run it with
 * `npm run test:electron`, which says "not run" (and fails) where the binary is absent.
 */
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
