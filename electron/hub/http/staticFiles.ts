/**
 * Serves the built web renderer. Paths that look like app routes (no file extension) get
 * index.html, so a deep link still loads the app; anything resolving outside the web directory
 * is refused. Only local files are served: the renderer loads no external resources.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

export function serveStatic(webDir: string, pathname: string, request: IncomingMessage, response: ServerResponse): void {
  const root = resolve(webDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return plain(response, 400, 'Bad request');
  }
  if (decoded.includes('\0')) return plain(response, 400, 'Bad request');
  const candidate = resolve(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return plain(response, 404, 'Not found');

  let file = candidate;
  if (!isFile(file)) {
    // An app route (no extension) falls back to the app; a missing asset is a plain 404.
    if (extname(decoded) !== '') return plain(response, 404, 'Not found');
    file = join(root, 'index.html');
    if (!isFile(file)) return plain(response, 503, 'The web app is not built on this hub (npm run build:web).');
  }
  const isIndex = file.endsWith(`${sep}index.html`);
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Hashed asset names change with every build; index.html must always be fetched fresh.
    'Cache-Control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).on('error', () => response.destroy()).pipe(response);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
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
