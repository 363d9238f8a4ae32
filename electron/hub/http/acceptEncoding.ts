/** The encodings the hub keeps precompressed copies in, best first (see renderer/build/precompress.ts). */
export type StoredEncoding = 'br' | 'gzip';

const fileSuffix: Record<StoredEncoding, string> = { br: '.br', gzip: '.gz' };

/** The file name of a precompressed copy of `path`. */
export function encodedPath(path: string, encoding: StoredEncoding): string {
  return path + fileSuffix[encoding];
}

/**
 * Which stored encodings a request's Accept-Encoding allows, best first: by the client's weights,
 * and on a tie brotli (smaller) before gzip. An encoding with q=0 is refused; `*` stands for any encoding not named. No header means
 * identity only: an old client or a proxy that cannot decode must get the plain bytes.
 */
export function acceptableEncodings(header: string | undefined): StoredEncoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
      if (match) q = Number(match[1]);
    }
    weights.set(name.trim(), Number.isFinite(q) ? q : 0);
  }
  const weightOf = (name: string): number => weights.get(name) ?? (name === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  // Sorting is stable, so on equal weights brotli stays ahead of gzip.
  return (['br', 'gzip'] as const).filter((encoding) => weightOf(encoding) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}
