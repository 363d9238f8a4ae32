import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptableEncodings } from '../../../electron/hub/http/acceptEncoding';
import { precompressDirectory } from '../../../renderer/build/precompress';
import { startTestHub, tempDir, type TestHub } from './helpers';

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(port: number, path: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(answer: Answer): Buffer {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return gunzipSync(answer.body);
  return answer.body;
}

// Repetitive, like real bundles, so that both encodings shrink it by far.
const script = Array.from({ length: 400 }, (_, i) => `export const value${i} = "participant view ${i}";`).join('\n');
const page = `<!doctype html><title>Baraza</title>${'<!-- shell -->'.repeat(100)}`;

describe('the hub sends the build’s precompressed copies to browsers that accept them', () => {
  let testHub: TestHub | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await testHub?.stop();
    testHub = undefined;
    for (const made of dirs.splice(0)) rmSync(made, { recursive: true, force: true });
  });

  async function builtApp(): Promise<{ port: number; webDir: string }> {
    const webDir = tempDir('web-compressed');
    dirs.push(webDir);
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), page);
    writeFileSync(join(webDir, 'assets', 'app-1234.js'), script);
    writeFileSync(join(webDir, 'sw.js'), script);
    await precompressDirectory(webDir);
    testHub = await startTestHub({ webDir });
    return { port: testHub.hub.port, webDir };
  }

  it('brotli first, then gzip, else the plain file; every answer decodes to the original bytes', async () => {
    const { port } = await builtApp();
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br;q=0.5, gzip', 'gzip'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.8', 'gzip'],
      ['*', 'br'],
      ['identity', undefined],
      ['gzip;q=0, br;q=0', undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const answer = await get(port, '/assets/app-1234.js', accept);
      expect(answer.status, String(accept)).toBe(200);
      expect(answer.headers['content-encoding'], String(accept)).toBe(expected);
      expect(answer.headers.vary, String(accept)).toBe('Accept-Encoding');
      expect(answer.headers['content-type'], String(accept)).toBe('text/javascript; charset=utf-8');
      expect(Number(answer.headers['content-length']), String(accept)).toBe(answer.body.length);
      expect(decoded(answer).toString(), String(accept)).toBe(script);
      if (expected) expect(answer.body.length, String(accept)).toBeLessThan(script.length / 3);
    }
  });

  it('hashed assets stay cached for good; the page, the service worker and app routes are checked each time', async () => {
    const { port } = await builtApp();
    const asset = await get(port, '/assets/app-1234.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/some/route', '/sw.js']) {
      const answer = await get(port, path, 'br, gzip');
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(answer.headers.vary, path).toBe('Accept-Encoding');
      expect(decoded(answer).toString(), path).toBe(path === '/sw.js' ? script : page);
    }
    const index = await get(port, '/', 'gzip');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(index.body).toString()).toBe(page);
  });

  it('HEAD tells the compressed length without a body', async () => {
    const { port, webDir } = await builtApp();
    const answer = await get(port, '/assets/app-1234.js', 'br', 'HEAD');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBe(readFileSync(join(webDir, 'assets', 'app-1234.js.br')).length);
    expect(answer.body.length).toBe(0);
  });

  it('a compressed copy that links out of the web directory is never sent; the plain file is', async () => {
    const outside = tempDir('outside-compressed');
    dirs.push(outside);
    writeFileSync(join(outside, 'secret.br'), 'must not be served');
    const webDir = tempDir('web-compressed-link');
    dirs.push(webDir);
    writeFileSync(join(webDir, 'index.html'), page);
    writeFileSync(join(webDir, 'app.js'), script);
    symlinkSync(join(outside, 'secret.br'), join(webDir, 'app.js.br'));
    testHub = await startTestHub({ webDir });
    const answer = await get(testHub.hub.port, '/app.js', 'br, gzip');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(script);
  });

  it('small files and files whose copy would not be smaller get no copy', async () => {
    const webDir = tempDir('web-small');
    dirs.push(webDir);
    writeFileSync(join(webDir, 'tiny.js'), 'x');
    writeFileSync(join(webDir, 'noise.json'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    await precompressDirectory(webDir);
    testHub = await startTestHub({ webDir });
    expect((await get(testHub.hub.port, '/tiny.js', 'br')).headers['content-encoding']).toBeUndefined();
    expect((await get(testHub.hub.port, '/tiny.js.br')).status).toBe(404);
  });
});

describe('reading Accept-Encoding', () => {
  it('orders by the browser’s weights, brotli first on a tie, and honours refusals', () => {
    expect(acceptableEncodings('gzip, br')).toEqual(['br', 'gzip']);
    expect(acceptableEncodings('gzip;q=1.0, br;q=0.9')).toEqual(['gzip', 'br']);
    expect(acceptableEncodings('x-gzip')).toEqual(['gzip']);
    expect(acceptableEncodings('*;q=0.5, br;q=0')).toEqual(['gzip']);
    expect(acceptableEncodings('deflate')).toEqual([]);
    expect(acceptableEncodings('')).toEqual([]);
    expect(acceptableEncodings(undefined)).toEqual([]);
  });
});
