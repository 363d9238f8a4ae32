import { join } from 'node:path';

/**
 * Where the hub process's entry is after a build: electron.vite.config.ts builds entry.ts under
 * this name into out/main/, beside the main bundle, so the main process finds it next to itself.
 */
export const hubProcessBundleName = 'hubProcess';

export function hubProcessEntryPath(mainBundleDir: string): string {
  return join(mainBundleDir, `${hubProcessBundleName}.js`);
}
