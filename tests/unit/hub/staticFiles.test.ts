import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, tempDir, type TestHub } from './helpers';

/** A raw GET, so the path reaches the hub exactly as written (fetch would normalise `..`). */
function rawGet(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the hub serves the web app to participants’ browsers', () => {
  let testHub: TestHub;
  const dirs: string[] = [];
  const dir = (prefix: string): string => {
    dirs.push(tempDir(prefix));
    return dirs.at(-1)!;
  };
  afterEach(async () => {
    await testHub?.stop();
    for (const made of dirs.splice(0)) rmSync(made, { recursive: true, force: true });
  });

  async function withWebApp(): Promise<number> {
    const webDir = dir('web');
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Baraza</title>');
    writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log("app")');
    writeFileSync(join(webDir, 'assets', 'app-1234.css'), 'body{}');
    writeFileSync(join(webDir, '..', 'outside-secret.txt'), 'must not be served');
    testHub = await startTestHub({ webDir });
    return testHub.hub.port;
  }

  it('the app, its assets with the right content types, and the app again for deep links', async () => {
    const port = await withWebApp();
    expect(await rawGet(port, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>Baraza</title>' });
    expect(await rawGet(port, '/assets/app-1234.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await rawGet(port, '/assets/app-1234.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
    expect(await rawGet(port, '/workshop/abc/participant')).toMatchObject({ status: 200, body: '<!doctype html><title>Baraza</title>' });
    expect((await rawGet(port, '/assets/missing.js')).status).toBe(404);
  });

  it('paths that climb out of the web directory are refused', async () => {
    const port = await withWebApp();
    for (const path of ['/../outside-secret.txt', '/assets/../../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/..%2foutside-secret.txt', '/%00', '/%E0%A4%A']) {
      const answer = await rawGet(port, path);
      expect(answer.body, path).not.toContain('must not be served');
      expect([400, 404], path).toContain(answer.status);
    }
  });

  it('symbolic links leading out of the web directory are refused, files and directories alike', async () => {
    const outside = dir('outside');
    writeFileSync(join(outside, 'secret.txt'), 'must not be served');
    mkdirSync(join(outside, 'dir'));
    writeFileSync(join(outside, 'dir', 'inner.js'), 'must not be served');
    const webDir = dir('web-links');
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Baraza</title>');
    symlinkSync(join(outside, 'secret.txt'), join(webDir, 'passwd.txt'));
    symlinkSync('/etc/passwd', join(webDir, 'etc-passwd.txt'));
    symlinkSync(outside, join(webDir, 'linked-dir'));
    symlinkSync(join(outside, 'dir'), join(webDir, 'assets'));
    testHub = await startTestHub({ webDir });
    for (const path of ['/passwd.txt', '/etc-passwd.txt', '/linked-dir/secret.txt', '/assets/inner.js', '/linked-dir/dir/inner.js']) {
      const answer = await rawGet(testHub.hub.port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toMatch(/must not be served|root:/);
    }
    // A link that looks like an app route falls back to the app, never to what it points at.
    expect(await rawGet(testHub.hub.port, '/linked-dir')).toMatchObject({ status: 200, body: '<!doctype html><title>Baraza</title>' });
  });

  it('an index.html that links out of the web directory is not served in its place', async () => {
    const outside = dir('outside-index');
    writeFileSync(join(outside, 'index.html'), 'must not be served');
    const webDir = dir('web-index-link');
    symlinkSync(join(outside, 'index.html'), join(webDir, 'index.html'));
    testHub = await startTestHub({ webDir });
    for (const path of ['/', '/index.html', '/workshop/abc']) {
      const answer = await rawGet(testHub.hub.port, path);
      expect(answer.body, path).not.toContain('must not be served');
      expect([404, 503], path).toContain(answer.status);
    }
  });

  it('links that stay inside the web directory are still served', async () => {
    const webDir = dir('web-inner-links');
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Baraza</title>');
    writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log("app")');
    symlinkSync(join(webDir, 'assets', 'app-1234.js'), join(webDir, 'app.js'));
    symlinkSync(join(webDir, 'assets'), join(webDir, 'static'));
    testHub = await startTestHub({ webDir });
    for (const path of ['/app.js', '/static/app-1234.js']) {
      expect(await rawGet(testHub.hub.port, path), path).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log("app")' });
    }
  });

  it('without a built web app the hub says so instead of failing', async () => {
    testHub = await startTestHub();
    const answer = await rawGet(testHub.hub.port, '/');
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('npm run build:web');
  });
});
