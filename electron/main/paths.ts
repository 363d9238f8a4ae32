import { join, normalize, sep } from 'node:path';

/**
 * Pure helpers of the main process, kept free of the `electron` import so unit tests can load
 * them.
 */

/** Resolves a request path inside `root`, or undefined when it would step outside it. */
export function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  const inside = root.endsWith(sep) ? root : root + sep;
  return target.startsWith(inside) ? target : undefined;
}

/** True when a URL belongs to the app itself, or to the development server while developing. */
export function isTrustedUrl(url: string, appOrigin: string, devServer: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === appOrigin) return true;
  if (!devServer) return false;
  const dev = new URL(devServer);
  return parsed.origin === dev.origin;
}
