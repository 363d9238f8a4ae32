// Checks the import boundaries that ESLint's per-folder rules cannot see on their own:
// `electron` is imported only by electron/main and electron/preload, and `window.baraza`
// (the preload's API) is read only in renderer/src/platform/. Exits non-zero on a breach.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const skip = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'playwright-report', '.bench']);

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

const electronImport = /(from\s+['"]electron(\/[^'"]*)?['"])|(require\(\s*['"]electron['"]\s*\))|(import\(\s*['"]electron['"]\s*\))/;
const impureInShared = /from\s+['"](react|react-dom|dexie|y-dexie|ws|y-websocket|y-webrtc|node:[a-z/]+|fs|path|os)['"]/;
const breaches = [];
for (const file of sourceFiles(root)) {
  const rel = relative(root, file).split(sep).join('/');
  if (rel.startsWith('tests/tools/')) continue;
  const text = readFileSync(file, 'utf8');
  const inMainOrPreload = rel.startsWith('electron/main/') || rel.startsWith('electron/preload/');
  if (electronImport.test(text) && !inMainOrPreload) breaches.push(`${rel}: imports electron outside electron/main and electron/preload`);
  if (rel.startsWith('shared/') && impureInShared.test(text)) breaches.push(`${rel}: shared/ must stay pure`);
  if (rel.startsWith('renderer/') && !rel.startsWith('renderer/src/platform/') && /window\.baraza/.test(text)) {
    breaches.push(`${rel}: window.baraza is read only in renderer/src/platform/`);
  }
}
if (breaches.length > 0) {
  console.error(`Layer check failed:\n  ${breaches.join('\n  ')}`);
  process.exit(1);
}
console.log('Layer check passed.');
