import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { SaveResult } from '../../shared/ipc/contract';
import { printHtmlToPdf, printWindowPreferences, saveThroughDialog } from './saveFlow';

/**
 * Saving exports in the desktop app: Electron's save dialog and a hidden printing window bound
 * to the flow in saveFlow.ts (tested there without Electron).
 */
export function saveWithDialog(parent: BrowserWindow | null, suggestedName: string, bytes: Uint8Array): Promise<SaveResult> {
  return saveThroughDialog((options) => (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)), writeFile, suggestedName, bytes);
}

export function printToPdf(html: string): Promise<Uint8Array> {
  return printHtmlToPdf(() => {
    const window = new BrowserWindow({ show: false, webPreferences: { ...printWindowPreferences } });
    return {
      loadURL: (url) => window.loadURL(url),
      printToPDF: async (options) => new Uint8Array(await window.webContents.printToPDF(options)),
      destroy: () => window.destroy(),
    };
  }, html);
}
