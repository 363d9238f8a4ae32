import { mkdirSync, writeFileSync } from 'node:fs';
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
  afterEach(async () => testHub?.stop());

  async function withWebApp(): Promise<number> {
    const webDir = tempDir('web');
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

  it('without a built web app the hub says so instead of failing', async () => {
    testHub = await startTestHub();
    const answer = await rawGet(testHub.hub.port, '/');
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('npm run build:web');
  });
});
