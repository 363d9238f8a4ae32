import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appRequestHandler } from './appRequests';

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
  protocol.handle(appScheme, appRequestHandler(root, (path) => readFile(path)));
}
