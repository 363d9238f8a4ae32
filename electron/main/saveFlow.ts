/**
 * Saving and printing, apart from Electron's dialog and BrowserWindow: exportFile.ts passes the
 * real ones, tests pass fakes. The folder is the person's choice in the system's dialog, never
 * the page's, and the file keeps the extension it was made as.
 */
import { extname } from 'node:path';
import type { SaveResult } from '../../shared/ipc/contract';
import { pathWithExtension } from './saveRequest';

export type SaveDialogOptions = { defaultPath: string; filters: Array<{ name: string; extensions: string[] }> };
export type AskWhere = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
export type WriteFile = (path: string, bytes: Uint8Array) => Promise<void>;

export async function saveThroughDialog(askWhere: AskWhere, writeFile: WriteFile, suggestedName: string, bytes: Uint8Array): Promise<SaveResult> {
  const extension = extname(suggestedName).slice(1);
  const choice = await askWhere({ defaultPath: suggestedName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
  if (choice.canceled || !choice.filePath) return { saved: false };
  // Some platforms let the person type another extension; the file keeps the one it was made as.
  await writeFile(pathWithExtension(choice.filePath, suggestedName), bytes);
  return { saved: true };
}

/**
 * How the report is printed. `generateTaggedPDF` writes the page's structure (headings, lists,
 * table headers, the picture's alternative text) into the PDF, so a screen reader can read the
 * report the sponsor receives; `generateDocumentOutline` turns its headings into bookmarks.
 */
export const printOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  margins: { marginType: 'none' },
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;
export type PrintOptions = typeof printOptions;

/** A hidden window that can print a page: Electron's BrowserWindow, as far as printing goes. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintOptions): Promise<Uint8Array>;
  destroy(): void;
}

/** How the printing window is made: no script, no Node, sandboxed; the page is self-contained. */
export const printWindowPreferences = { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false } as const;

/**
 * Prints the report page to an A4 PDF. The page's own `@page { size: A4; margin: 20mm }` sets the
 * layout, so Chromium adds no margin of its own. The window goes whatever happens.
 */
export async function printHtmlToPdf(openHidden: () => PrintWindow, html: string): Promise<Uint8Array> {
  const window = openHidden();
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return new Uint8Array(await window.printToPDF(printOptions));
  } finally {
    window.destroy();
  }
}
