// Bundles the benchmark's server entry into plain JavaScript before any server starts, so both
// servers run as they ship: the app bundles its hub, and the reference is plain JavaScript. Run
// through tsx instead, the hub's hundred TypeScript modules also kept their transformed source and
// source maps in memory, which inflated its heap by about 3 MiB. Dynamic imports stay separate
// chunks, so each server loads only its own code.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const outDir = fileURLToPath(new URL('../../../.bench/hub-server/', import.meta.url));

export async function bundleServerEntry(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': fileURLToPath(new URL('../../../shared', import.meta.url)) } },
    // As electron.vite.config.ts builds the app's hub: zod bundled, everything else external.
    ssr: { noExternal: ['zod'] },
    build: {
      ssr: fileURLToPath(new URL('./serverProcess.ts', import.meta.url)),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        output: { format: 'esm', entryFileNames: 'serverProcess.mjs' },
        // zod's misplaced `@__PURE__` comments: harmless, and reported on every build.
        onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
      },
    },
  });
  return `${outDir}serverProcess.mjs`;
}
