import { describe, expect, it } from 'vitest';
import { appRequestHandler } from '../../../electron/main/appRequests';

const root = '/opt/baraza/renderer';
const files: Record<string, string> = { [`${root}/index.html`]: '<!doctype html>', [`${root}/assets/app.js`]: 'console.log(1)' };
const reads: string[] = [];
const serve = appRequestHandler(root, async (path) => {
  reads.push(path);
  const text = files[path];
  if (text === undefined) throw new Error('ENOENT');
  return new Uint8Array(Buffer.from(text));
});
const get = (url: string) => serve(new Request(url));

describe('app:// requests', () => {
  it('serve the renderer’s files, index.html for the root, with the app’s CSP', async () => {
    const page = await get('app://baraza/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await get('app://baraza/assets/app.js');
    expect(await script.text()).toBe('console.log(1)');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answer 404 to a path escaping the folder, another host, or a missing file, reading nothing outside', async () => {
    reads.length = 0;
    for (const url of ['app://baraza/../../etc/passwd', 'app://baraza/%2e%2e/%2e%2e/etc/passwd', 'app://baraza/a%00.js', 'app://evil/index.html']) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect(reads.every((path) => path.startsWith(`${root}/`))).toBe(true);
    expect((await get('app://baraza/missing.js')).status).toBe(404);
  });
});
