import { app, BrowserWindow, ipcMain, type WebContents } from 'electron';
import { discoverHubs } from './discovery';
import { printToPdf, saveWithDialog } from './exportFile';
import { closeRoom, forgetRoom, hubStatus, openRoom, resumeRoom } from './hub';
import { registerIpcRoutes } from './ipcRoutes';
import { isTrustedUrl } from './security';
import { openWindow } from './windows';

/** Binds the IPC routes (ipcRoutes.ts, tested without Electron) to ipcMain and the real services. */
export function registerIpcHandlers(): void {
  registerIpcRoutes(ipcMain, {
    isTrustedUrl,
    appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
    openWindow: (route, size) => {
      openWindow(route, size);
    },
    saveFile: (sender, name, bytes) => saveWithDialog(BrowserWindow.fromWebContents(sender as WebContents), name, bytes),
    printToPdf,
    hub: { open: openRoom, close: closeRoom, resume: resumeRoom, status: hubStatus, forget: forgetRoom },
    discover: discoverHubs,
  });
}
