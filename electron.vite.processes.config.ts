import config from './electron.vite.config';

/**
 * The desktop app's main and preload processes without its renderer: what CI builds (.ci/run),
 * because `npm test` builds the same renderer, from the same settings (renderer/vite.shared.ts),
 * as the web build the end-to-end tests drive. `npm run build` still builds all three.
 */
const { main, preload } = config;
export default { main, preload };
