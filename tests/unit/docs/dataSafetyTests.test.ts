import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const page = readFileSync(new URL('docs/DATA-SAFETY.md', root), 'utf8');

/**
 * Each test file the page cites, with the titles it quotes for it: `path` ("title…", "title").
 * A title may leave words out with "…"; each piece between must still be in the file.
 */
function citations(): { path: string; titles: string[][] }[] {
  return [...page.matchAll(/`(tests\/[^`]+\.ts)`(?: \(([^)]*)\))?/g)].map((match) => ({
    path: match[1] as string,
    titles: [...(match[2] ?? '').matchAll(/"([^"]+)"/g)].map((title) => (title[1] as string).split('…').filter((piece) => piece !== '')),
  }));
}

describe('docs/DATA-SAFETY.md cites tests that exist', () => {
  it('names only test files that are there', () => {
    const paths = citations().map((citation) => citation.path);
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.filter((path) => !existsSync(new URL(path, root)))).toEqual([]);
  });

  it('quotes only test titles that the named file holds', () => {
    const missing = citations().flatMap(({ path, titles }) => {
      const source = readFileSync(new URL(path, root), 'utf8');
      return titles.filter((pieces) => !pieces.every((piece) => source.includes(piece))).map((pieces) => `${path}: ${pieces.join('…')}`);
    });
    expect(missing).toEqual([]);
  });
});
