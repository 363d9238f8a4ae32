import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';

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

/** Resolves a request path inside `root`, or undefined when it would step outside it. */
export function resolveInside(root: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const target = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep) ? target : undefined;
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
