/**
 * Emits the service worker (sw.js) of the web build: the hand-written worker in
 * ./serviceWorker.js, preceded by this build's version and the list of files a phone copies on
 * its first visit. The version is a hash of every file of the build, so any change makes a new
 * cache and the worker deletes the old one (docs/OFFLINE.md).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The screens a participant needs with the hub asleep: joining, and following the session. */
export const participantScreens = [/features\/lan\/JoinScreen\.tsx$/, /features\/run\/LiveScreen\.tsx$/];
/** Public files the shell needs: the page's icon and what a phone's home screen uses. */
const publicShellFiles = ['icon.svg', 'manifest.webmanifest'];

/** The start-up code and the participant screens, with every file they load statically. */
export function shellFiles(bundle: OutputBundle): string[] {
  return screenFiles(bundle, participantScreens).sort();
}

/** The start-up code and the given screens (in that order), with every file they load
 *  statically, in the order they are reached. */
export function screenFiles(bundle: OutputBundle, screens: readonly RegExp[]): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const starts = chunks.filter((chunk) => chunk.isEntry);
  for (const screen of screens) {
    // By the modules it holds: a screen that shares its chunk with others has no facade of its own.
    const chunk = chunks.find((candidate) => candidate.moduleIds.some((id) => screen.test(id.split(sep).join('/'))));
    // A renamed screen must break the build, not silently leave phones without an offline copy.
    if (!chunk) throw new Error(`offline shell: no chunk for ${screen}`);
    starts.push(chunk);
  }
  const files = new Set<string>(['index.html']);
  const visit = (chunk: OutputChunk): void => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  starts.forEach(visit);
  return [...files];
}

async function publicFiles(dir: string): Promise<{ path: string; content: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (path) => ({ path: relative(dir, path).split(sep).join('/'), content: await readFile(path) })));
}

/** A short hash of every file the build writes: equal builds share it, any change alters it. */
export function buildVersion(files: { path: string; content: string | Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

export function offlineShell(): Plugin {
  let root = '';
  let publicDir = '';
  return {
    name: 'baraza-offline-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    generateBundle: {
      // After Vite has added index.html to the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const copied = await publicFiles(publicDir);
        const built = Object.values(bundle).map((item) => ({ path: item.fileName, content: item.type === 'chunk' ? item.code : item.source }));
        const version = buildVersion([...built, ...copied]);
        const missing = publicShellFiles.filter((name) => !copied.some((file) => file.path === name));
        if (missing.length > 0) throw new Error(`offline shell: public files missing: ${missing.join(', ')}`);
        const precache = [...shellFiles(bundle), ...publicShellFiles];
        const worker = await readFile(join(root, 'build', 'serviceWorker.js'), 'utf8');
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: `const build = ${JSON.stringify({ version, precache })};\n${worker}` });
      },
    },
  };
}
