import { describe, expect, it } from 'vitest';
import { printHtmlToPdf, printWindowPreferences, saveThroughDialog, type PrintWindow, type SaveDialogOptions } from '../../../electron/main/saveFlow';

function fakeDisk() {
  const written = new Map<string, Uint8Array>();
  return { written, write: async (path: string, bytes: Uint8Array) => void written.set(path, bytes) };
}

describe('saving an export', () => {
  it('asks where, with the suggested name and only its own extension, and writes there', async () => {
    const disk = fakeDisk();
    const asked: SaveDialogOptions[] = [];
    const result = await saveThroughDialog(
      async (options) => {
        asked.push(options);
        return { canceled: false, filePath: '/home/amina/Outcome Kigali.docx' };
      },
      disk.write,
      'outcome-kigali.docx',
      new Uint8Array([1, 2]),
    );
    expect(result).toEqual({ saved: true });
    expect(asked).toEqual([{ defaultPath: 'outcome-kigali.docx', filters: [{ name: 'DOCX', extensions: ['docx'] }] }]);
    expect([...disk.written.keys()]).toEqual(['/home/amina/Outcome Kigali.docx']);
  });

  it('keeps the extension the file was made as when the person typed another', async () => {
    const disk = fakeDisk();
    await saveThroughDialog(async () => ({ canceled: false, filePath: '/tmp/report.txt' }), disk.write, 'report.pdf', new Uint8Array([1]));
    expect([...disk.written.keys()]).toEqual(['/tmp/report.txt.pdf']);
  });

  it('writes nothing when the dialog is closed', async () => {
    const disk = fakeDisk();
    expect(await saveThroughDialog(async () => ({ canceled: true }), disk.write, 'a.csv', new Uint8Array([1]))).toEqual({ saved: false });
    expect(await saveThroughDialog(async () => ({ canceled: false, filePath: '' }), disk.write, 'a.csv', new Uint8Array([1]))).toEqual({ saved: false });
    expect(disk.written.size).toBe(0);
  });
});

describe('printing the outcome to PDF', () => {
  function fakeWindow(failPrint = false) {
    const state = { loaded: '', destroyed: false, options: undefined as unknown };
    const window: PrintWindow = {
      loadURL: async (url) => void (state.loaded = url),
      printToPDF: async (options) => {
        state.options = options;
        if (failPrint) throw new Error('printing failed');
        return new Uint8Array([37, 80, 68, 70]);
      },
      destroy: () => void (state.destroyed = true),
    };
    return { window, state };
  }

  it('loads the page as data in a window that runs no script, prints A4 with the page’s own margins, and closes it', async () => {
    const { window, state } = fakeWindow();
    const pdf = await printHtmlToPdf(() => window, '<p>Kigali – résumé</p>');
    expect([...pdf]).toEqual([37, 80, 68, 70]);
    expect(Buffer.from(state.loaded.replace('data:text/html;charset=utf-8;base64,', ''), 'base64').toString('utf8')).toBe('<p>Kigali – résumé</p>');
    expect(state.options).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, margins: { marginType: 'none' } });
    // Tagged, so a screen reader can read the sponsor's PDF; its headings become bookmarks.
    expect(state.options).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true });
    expect(state.destroyed).toBe(true);
    expect(printWindowPreferences).toMatchObject({ javascript: false, sandbox: true, nodeIntegration: false, contextIsolation: true });
  });

  it('closes the hidden window even when printing fails', async () => {
    const { window, state } = fakeWindow(true);
    await expect(printHtmlToPdf(() => window, '<p>x</p>')).rejects.toThrow('printing failed');
    expect(state.destroyed).toBe(true);
  });
});
