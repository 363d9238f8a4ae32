import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { stopHub } from './hub';
import { registerIpcHandlers } from './ipc';
import { lockDownWebContents } from './security';
import { openWindow } from './windows';

// The main process stays thin: lifecycle, windows, the app:// scheme and IPC. Logic lives in
// shared/ and in the hub, where tests reach it without Electron.
registerAppScheme();
lockDownWebContents();

void app.whenReady().then(() => {
  serveRenderer(join(import.meta.dirname, '../renderer'));
  registerIpcHandlers();
  openWindow('#/');
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow('#/');
  });
});

app.on('will-quit', () => {
  void stopHub();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
