/**
 * Serves the built web renderer. Paths that look like app routes (no file extension) get
 * index.html, so a deep link still loads the app. Only regular files whose real location
 * (symbolic links resolved) is inside the web directory's real location are served, so a link
 * in the build output cannot expose the rest of the disk. Only local files are served: the
 * renderer loads no external resources. Where the build left a precompressed copy beside a file
 * (`.br`, `.gz`), a browser that accepts it gets that copy with its Content-Encoding.
 */
import { constants } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { acceptableEncodings, encodedPath, type StoredEncoding } from './acceptEncoding';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

const notBuilt = 'The web app is not built on this hub (npm run build:web).';

export async function serveStatic(webDir: string, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return plain(response, 400, 'Bad request');
  }
  if (decoded.includes('\0')) return plain(response, 400, 'Bad request');
  const root = await realpath(resolve(webDir)).catch(() => undefined);
  if (root === undefined) return plain(response, 503, notBuilt);
  const candidate = resolve(join(root, decoded));
  if (!isInside(root, candidate)) return plain(response, 404, 'Not found');

  let served = candidate;
  let file = await openInside(root, candidate);
  if (!file) {
    // An app route (no extension) falls back to the app; a missing asset is a plain 404.
    if (extname(decoded) !== '') return plain(response, 404, 'Not found');
    served = join(root, 'index.html');
    file = await openInside(root, served);
    if (!file) return plain(response, 503, notBuilt);
  }
  const isIndex = served === join(root, 'index.html');
  // A precompressed copy from the build (brotli, else gzip) when the browser takes it: the same
  // bytes once decoded, a third of them or less on the wire. It passes the same real-path check.
  let encoding: StoredEncoding | undefined;
  for (const accepted of acceptableEncodings(request.headers['accept-encoding'])) {
    const encoded = await openInside(root, encodedPath(served, accepted));
    if (!encoded) continue;
    await file.handle.close();
    file = encoded;
    encoding = accepted;
    break;
  }
  response.writeHead(200, {
    'Content-Type': isIndex ? contentTypes['.html']! : (contentTypes[extname(served).toLowerCase()] ?? 'application/octet-stream'),
    'Content-Length': file.size,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    // Every file may have compressed copies, so a cache must key on what the browser accepts.
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cachePolicy(root, served, isIndex),
  });
  if (request.method === 'HEAD') {
    await file.handle.close();
    response.end();
    return;
  }
  // pipeline closes the file and the response alike when either side fails or goes away.
  pipeline(file.handle.createReadStream(), response, () => {});
}

/**
 * Only the build's hashed files (under assets/) change name with every build, so only they may be
 * cached for good. index.html, the service worker, the manifest and the icon keep their names
 * across builds and must be checked again each time, or a phone would keep an old app.
 */
function cachePolicy(root: string, served: string, isIndex: boolean): string {
  if (!isIndex && isInside(join(root, 'assets'), served)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Opens `path` if it is a regular file whose real path is inside `root`. The file is opened
 * first and checked afterwards: the check proves that the file actually open is the one found at
 * a real path inside the web directory, so swapping in a link between check and open gains
 * nothing. (O_NONBLOCK keeps a named pipe from stalling the open.)
 */
async function openInside(root: string, path: string): Promise<{ handle: FileHandle; size: number } | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const opened = await handle.stat();
    const real = await realpath(path);
    if (opened.isFile() && isInside(root, real)) {
      const there = await stat(real);
      if (there.dev === opened.dev && there.ino === opened.ino) return { handle, size: opened.size };
    }
  } catch {
    // Vanished or unreadable between the steps: treated as absent.
  }
  await handle.close().catch(() => undefined);
  return undefined;
}

export function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(text);
}

export function json(response: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // The desktop app (app:// origin) reads these too; both are safe to share (see docs/SECURITY.md).
    'Access-Control-Allow-Origin': '*',
  });
  response.end(JSON.stringify(body));
}
