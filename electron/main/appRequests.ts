/**
 * What `app://baraza/<path>` answers, apart from Electron's protocol module: a file of the built
 * renderer inside `root`, or 404 for anything else (another host, a path escaping the folder, a
 * file that is not there). Headers come from responseHeaders.ts (the CSP among them).
 */
import { resolveInside } from './paths';
import { appResponseHeaders } from './responseHeaders';

// fs/promises readFile gives a Buffer over an ArrayBuffer, which Response takes as a body.
export type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

export function appRequestHandler(root: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const path = url.host === 'baraza' ? resolveInside(root, url.pathname) : undefined;
    if (!path) return notFound();
    try {
      const body = await readFile(path);
      return new Response(body, { headers: appResponseHeaders(path) });
    } catch {
      return notFound();
    }
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders(undefined) });
}
