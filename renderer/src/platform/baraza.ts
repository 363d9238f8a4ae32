import type { BarazaApi, SaveResult } from '@shared/ipc/contract';

/**
 * The desktop app's preload exposes `window.baraza`; in a browser it is absent and every caller
 * falls back to what a web page can do. This is the only file that reads it.
 */
export function desktopApi(): BarazaApi | undefined {
  return (window as unknown as { baraza?: BarazaApi }).baraza;
}

export function isDesktop(): boolean {
  return desktopApi() !== undefined;
}

/** Opens a route in a second window: a desktop window, or a browser tab. */
export function openRouteInNewWindow(route: string): void {
  const api = desktopApi();
  if (api) void api.windowOpen(route);
  else window.open(`${window.location.pathname}${route}`, '_blank', 'noopener');
}

/** Saves through the desktop app's save dialog; undefined in a browser, where callers download instead. */
export function saveFileOnDesktop(suggestedName: string, bytes: Uint8Array): Promise<SaveResult> | undefined {
  return desktopApi()?.fileSave(suggestedName, bytes);
}

/** Prints a report page to PDF in the desktop app; undefined in a browser, which prints itself. */
export function printPdfOnDesktop(html: string, suggestedName: string): Promise<SaveResult> | undefined {
  return desktopApi()?.pdfPrint(html, suggestedName);
}
