// Draws resources/icon.svg as the 1024 px PNG the installers are built from (electron-builder
// makes the Windows .ico and macOS .icns from it, and uses it for Linux). Chromium renders it,
// so no image tool is needed: `node tests/tools/makeIcon.mjs` after changing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const size = 1024;
const svg = readFileSync(new URL('../../resources/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.locator('svg').screenshot({ path: new URL('../../resources/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
