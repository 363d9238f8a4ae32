import { extname } from 'node:path';

/**
 * The headers of everything served over app://, kept free of the `electron` import so that a
 * test can hold them against renderer/index.html.
 *
 * The policy is the one in the meta tag of renderer/index.html, which the web build served by a
 * hub relies on. As a header it also covers what a meta tag cannot: the document before the tag
 * is parsed, and any app:// document other than index.html. A test in tests/unit/electron fails
 * when the two differ.
 */
export const rendererContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self' ws: wss: http: https:; object-src 'none'; base-uri 'none'; form-action 'none'";

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

/** Headers for a file served from the renderer folder; `undefined` for a response with no file (404). */
export function appResponseHeaders(path: string | undefined): Record<string, string> {
  return {
    'content-type': path === undefined ? 'text/plain; charset=utf-8' : (contentTypes[extname(path)] ?? 'application/octet-stream'),
    'content-security-policy': rendererContentSecurityPolicy,
    // The declared type is the only type: a file is never sniffed into script or HTML.
    'x-content-type-options': 'nosniff',
  };
}
