import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here) against
 * the production web build of the renderer. Each test gets fresh browser contexts, so each
 * starts with an empty IndexedDB: a fresh laptop.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Each checkout gets its own port, so that test runs in two working copies on one machine never
// share (and never reuse) each other's preview server.
function portFor(folder: string): number {
  let hash = 0;
  for (const character of folder) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return 4200 + (hash % 700);
}
const port = Number(process.env.BARAZA_E2E_PORT ?? portFor(process.cwd()));

export default defineConfig({
  testDir: 'tests/e2e',
  // Bundles the hub the LAN tests start, once, instead of compiling it on every start.
  globalSetup: './tests/e2e/globalSetup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // No retries: a test that fails once is a failure, and a flaky test is a bug to fix, never to
  // hide behind a second try.
  retries: 0,
  // And should someone add retries, a test that passes only on a retry still fails the run.
  failOnFlakyTests: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.web.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
