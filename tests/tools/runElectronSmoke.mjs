// Runs the desktop smoke test where Electron's binary is installed. Where it is not (installs
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1), it says the test was NOT RUN and exits non-zero, so no
// one takes the missing binary for a pass.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let binary;
try {
  binary = require('electron');
} catch {
  binary = undefined;
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  console.error('Electron smoke test NOT RUN: no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD?). See docs/RELEASING.md.');
  process.exit(3);
}
const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
