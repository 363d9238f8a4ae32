import { printPdfOnDesktop, saveFileOnDesktop } from '../../platform/baraza';
import { downloadBytes } from '../exchange/download';

/**
 * Where an export goes: the desktop app's save dialog, or a browser download. Returns false
 * when the person closed the save dialog, so no "ready" message is shown for nothing.
 */
export async function saveExport(name: string, bytes: Uint8Array, type: string): Promise<boolean> {
  const desktop = saveFileOnDesktop(name, bytes);
  if (desktop) return (await desktop).saved;
  downloadBytes(bytes, name, type);
  return true;
}

/**
 * A PDF of the print page. The desktop app prints it with Chromium's own PDF writer; a browser
 * has no such call for pages, so the page is put in an invisible frame and the browser's print
 * dialog opened on it, where "Save as PDF" is one of the printers.
 */
export async function printExport(html: string, name: string): Promise<'saved' | 'cancelled' | 'dialog'> {
  const desktop = printPdfOnDesktop(html, name);
  if (desktop) return (await desktop).saved ? 'saved' : 'cancelled';
  await printInFrame(html);
  return 'dialog';
}

function printInFrame(html: string): Promise<void> {
  document.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('data-testid', 'print-frame');
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => {
      const view = frame.contentWindow;
      if (!view) {
        reject(new Error('the print page did not open'));
        return;
      }
      view.focus();
      view.print();
      resolve();
    });
    // srcdoc keeps the page on this origin, so the app's own policy still applies to it.
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
