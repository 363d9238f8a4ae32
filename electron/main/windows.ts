import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { appOrigin } from './appProtocol';

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
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  const devServer = process.env.ELECTRON_RENDERER_URL;
  void window.loadURL(`${devServer ?? `${appOrigin}/index.html`}${route}`);
  return window;
}
