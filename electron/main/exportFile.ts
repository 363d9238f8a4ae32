import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { SaveResult } from '../../shared/ipc/contract';
import { pathWithExtension } from './saveRequest';

/**
 * Saving exports in the desktop app. The renderer hands over a suggested name and the bytes;
 * the folder is chosen by the person in the system's save dialog, never by the page, and the
 * file is written only with the extension that was asked for.
 */

export async function saveWithDialog(parent: BrowserWindow | null, suggestedName: string, bytes: Uint8Array): Promise<SaveResult> {
  const extension = extname(suggestedName).slice(1);
  const options = { defaultPath: suggestedName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  // Some platforms let the person type another extension; the file keeps the one it was made as.
  await writeFile(pathWithExtension(choice.filePath, suggestedName), bytes);
  return { saved: true };
}

/**
 * Prints the report page to an A4 PDF in a hidden window that can run no script and reach no
 * network: the page is self-contained (inline styles, data-URL picture) and its own CSP says so.
 */
// The page's own `@page { size: A4; margin: 20mm }` sets the layout, so Chromium adds no margin of its own.
export async function printToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, margins: { marginType: 'none' } });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
