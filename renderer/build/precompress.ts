/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file of the build, once, so the
 * hub hands phones a third of the bytes without compressing anything per request
 * (electron/hub/http/staticFiles.ts picks the copy the browser accepts). Node's own zlib: no
 * dependency, and the hub needs none to serve them.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// Images other than SVG, sounds and fonts are compressed already; recompressing them gains nothing.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.map', '.wasm', '.ico', '.wav']);
// Below this a compressed copy saves less than one network packet.
const minimumBytes = 512;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses every compressible file under `dir`; a copy that is not smaller is not kept. */
export async function precompressDirectory(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number; gzipBytes: number }> {
  const totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const jobs: Promise<void>[] = [];
  for await (const path of filesUnder(dir)) {
    if (!compressible.has(extname(path).toLowerCase())) continue;
    if ((await stat(path)).size < minimumBytes) continue;
    jobs.push(
      (async () => {
        const original = await readFile(path);
        // Both run on libuv's thread pool, so the build's files compress side by side.
        const [br, gz] = await Promise.all([
          brotli(original, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: original.length } }),
          gzipped(original, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        totals.files += 1;
        totals.bytes += original.length;
        if (br.length < original.length) {
          await writeFile(`${path}.br`, br);
          totals.brotliBytes += br.length;
        }
        if (gz.length < original.length) {
          await writeFile(`${path}.gz`, gz);
          totals.gzipBytes += gz.length;
        }
      })(),
    );
  }
  await Promise.all(jobs);
  return totals;
}

/** The Vite plugin: runs once the whole build, public files included, is on disk. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'baraza-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const totals = await precompressDirectory(outDir);
      const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
      this.info(`precompressed ${totals.files} files: ${kib(totals.bytes)} → brotli ${kib(totals.brotliBytes)}, gzip ${kib(totals.gzipBytes)}`);
    },
  };
}
