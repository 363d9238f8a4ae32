import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { appOrigin } from './appProtocol';
import { rendererAddress } from './rendererSource';
import { developmentServer } from './security';

const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

/** Opens a window on a renderer route such as `#/` or `#/w/<id>/projector`. */
export function openWindow(route: string, options: { width?: number; height?: number } = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: options.width ?? 1280,
    height: options.height ?? 820,
    minWidth: 360,
    backgroundColor: '#fbfaf7',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Chromium's spellchecker downloads dictionaries from the internet (see keepSpellcheckOffline).
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererAddress(route, appOrigin, developmentServer));
  return window;
}

/** A second launch of the app lands here: the window already open comes to the front. */
export function bringAppToFront(): void {
  const [window] = BrowserWindow.getAllWindows().filter((candidate) => !candidate.isDestroyed());
  if (!window) {
    openWindow('#/');
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
