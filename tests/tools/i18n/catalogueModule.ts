import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type * as Catalogue from '../../unit/i18n/catalogue';

/**
 * Loads the i18n tests' catalogue helpers through Vite, as Vitest does, because the renderer's
 * resources use `import.meta.glob` and the `@shared` alias, which plain Node cannot resolve.
 */
export async function loadCatalogue(): Promise<{ module: typeof Catalogue; close: () => Promise<void> }> {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    resolve: { alias: { '@shared': `${root}shared` } },
    // Nothing here runs in a browser: no dependency scan of the app's pages.
    optimizeDeps: { noDiscovery: true, entries: [] },
  });
  const module = (await server.ssrLoadModule('/tests/unit/i18n/catalogue.ts')) as typeof Catalogue;
  return { module, close: () => server.close() };
}
