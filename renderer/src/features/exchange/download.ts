/**
 * Hands bytes to the browser as a download. The same path works inside Electron, which saves
 * downloads to the user's Downloads folder.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample to start it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
