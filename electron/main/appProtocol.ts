import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { resolveInside } from './paths';

/**
 * The UI is served over `app://baraza/` rather than file://: a standard, secure scheme gives the
 * renderer a real origin, which IndexedDB needs, and lets the CSP say `'self'`.
 */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://baraza`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
};

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveRenderer(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const path = url.host === 'baraza' ? resolveInside(root, url.pathname) : undefined;
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, { headers: { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
