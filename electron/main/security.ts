import { app, session, type Session, type WebContents } from 'electron';
import { appOrigin } from './appProtocol';
import { mayNavigate } from './navigation';
import { isTrustedUrl as isTrusted } from './paths';
import { developmentServerUrl } from './rendererSource';

/** The development server, and only when running unpackaged (see rendererSource.ts). */
export const developmentServer = developmentServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

/** True when a URL belongs to the app itself (or to the dev server while developing). */
export function isTrustedUrl(url: string): boolean {
  return isTrusted(url, appOrigin, developmentServer);
}

/**
 * Every window: no navigation or server redirect away from the app, in the page or in any of
 * its frames; no new windows from the page (the main process opens windows itself through
 * IPC); no webviews; no permission prompts.
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!isTrustedUrl(event.url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!mayNavigate(event.url, event.isMainFrame, isTrustedUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!mayNavigate(event.url, event.isMainFrame, isTrustedUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  });
}

/**
 * Chromium's spellchecker fetches its dictionaries from Google's servers, which a workshop with
 * no internet must never try to reach. Every session has it off, and its download address
 * points at the discard port on this machine, so even a dictionary asked for by something we
 * did not foresee is never fetched from anywhere. (macOS uses the system's spellchecker and
 * downloads nothing either way.)
 */
export function keepSpellcheckOffline(): void {
  const lockDown = (target: Session): void => {
    target.setSpellCheckerEnabled(false);
    target.setSpellCheckerDictionaryDownloadURL('http://127.0.0.1:9/');
  };
  app.on('session-created', lockDown);
  // The default session may exist before this listener; doing it twice does no harm.
  void app.whenReady().then(() => lockDown(session.defaultSession));
}
