import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveInside } from './paths';
import { appResponseHeaders } from './responseHeaders';

/**
 * The UI is served over `app://baraza/` rather than file://: a standard, secure scheme gives the
 * renderer a real origin, which IndexedDB needs, and lets the CSP say `'self'`.
 */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://baraza`;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveRenderer(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const path = url.host === 'baraza' ? resolveInside(root, url.pathname) : undefined;
    if (!path) return notFound();
    try {
      const body = await readFile(path);
      return new Response(body, { headers: appResponseHeaders(path) });
    } catch {
      return notFound();
    }
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders(undefined) });
}
