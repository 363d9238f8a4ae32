/** Must match the prefix in renderer/build/serviceWorker.js. */
const cachePrefix = 'baraza-shell-';

/** The build version of this device's offline copy, if it has one (where the browser allows). */
export async function offlineCopyVersion(): Promise<string | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    const names = await caches.keys();
    return names.find((name) => name.startsWith(cachePrefix))?.slice(cachePrefix.length);
  } catch {
    return undefined;
  }
}
