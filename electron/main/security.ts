import { app, type WebContents } from 'electron';
import { appOrigin } from './appProtocol';
import { isTrustedUrl as isTrusted } from './paths';

/** True when a URL belongs to the app itself (or to the dev server while developing). */
export function isTrustedUrl(url: string): boolean {
  return isTrusted(url, appOrigin, process.env.ELECTRON_RENDERER_URL);
}

/**
 * Every window: no navigation away from the app, no new windows from the page (the main
 * process opens windows itself through IPC), no permission prompts.
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  });
}
