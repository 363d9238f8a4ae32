/**
 * Installs the offline shell (sw.js, emitted by renderer/build/offlineShell.ts) when this page
 * came from a Baraza hub. Not in the desktop app (app:// has its files on disk already), not
 * from a plain preview server, and not where the browser refuses service workers: they need a
 * secure context, which a LAN address over plain http is not (docs/OFFLINE.md).
 */
export async function registerOfflineShell(): Promise<void> {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) return;
  if (!(await servedByHub())) return;
  const container = navigator.serviceWorker;
  // A page already run by an older worker is the old build: when the new worker takes over (its
  // files replace the old ones, which the hub no longer has), the page reloads onto it. Typed
  // work is in IndexedDB already. The first install never reloads.
  const hadWorker = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (!hadWorker || reloading) return;
    reloading = true;
    window.location.reload();
  });
  try {
    await container.register('./sw.js', { scope: './' });
  } catch (error) {
    console.warn('[offline] the offline copy could not be installed', error);
  }
}

/** The hub answers /health with its name; a preview server answers with the app's page. */
async function servedByHub(): Promise<boolean> {
  try {
    const response = await fetch(new URL('health', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return false;
    const body = (await response.json()) as { service?: unknown };
    return body.service === 'baraza-hub';
  } catch {
    // Unreachable hub (the page came from the offline copy) or not JSON: nothing to install now.
    return false;
  }
}
