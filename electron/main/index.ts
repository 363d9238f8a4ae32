import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { stopHub } from './hub';
import { registerIpcHandlers } from './ipc';
import { keepSpellcheckOffline, lockDownWebContents } from './security';
import { bringAppToFront, openWindow } from './windows';

// The main process stays thin: lifecycle, windows, the app:// scheme and IPC. Logic lives in
// shared/ and in the hub, where tests reach it without Electron.

// One main process per profile: a second one would start a second hub on the same data folder.
// A second launch hands over to the first, which brings its window forward, and quits.
if (app.requestSingleInstanceLock()) startApp();
else app.quit();

function startApp(): void {
  registerAppScheme();
  lockDownWebContents();
  keepSpellcheckOffline();

  app.on('second-instance', () => {
    if (app.isReady()) bringAppToFront();
  });

  void app.whenReady().then(() => {
    serveRenderer(join(import.meta.dirname, '../renderer'));
    registerIpcHandlers();
    openWindow('#/');
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow('#/');
    });
  });

  // The hub gets a moment (at most a few seconds) to close its files and release its data
  // folder before the app goes; the quit then resumes.
  let hubStopped = false;
  app.on('will-quit', (event) => {
    if (hubStopped) return;
    event.preventDefault();
    void stopHub().finally(() => {
      hubStopped = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
