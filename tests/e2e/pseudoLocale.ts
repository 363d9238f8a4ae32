import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { refusalEnglish } from '../../shared/activities/messages.en';
import { attendanceEnglish } from '../../shared/attendance/strings.en';
import { competencyEnglish } from '../../shared/competencies/strings.en';
import { exchangeEnglish } from '../../shared/exchange/strings.en';
import { hackathonEnglish } from '../../shared/hackathon/messages.en';
import { reportEnglish } from '../../shared/outcome/strings.en';
import { programmeEnglish } from '../../shared/programme/strings.en';
import { roadmapEnglish } from '../../shared/roadmap/strings.en';
import { expandFlat, mergeInto, type Tree } from '../../renderer/src/i18n/trees';

export type { Tree };

/**
 * A pseudo language for the tour of every screen: each English string accented and bracketed,
 * "Start" → "⟦Šţàŕţ⟧", so text that went through translation is recognisable on screen and any
 * plain English left is text that bypassed it. Placeholders (`{{count}}`, the report's `{name}`)
 * and nesting (`$t(key)`) are kept as they are, so the app fills them in as usual.
 */

const accented: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string]),
);

/** Placeholders, nesting and tags: kept verbatim because the app, not the reader, consumes them. */
const verbatim = /(\{\{[^}]*\}\}|\{[^{}]*\}|\$t\([^)]*\)|<[^>]*>)/;

export function pseudoText(text: string): string {
  const parts = text.split(verbatim).map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter)));
  return `⟦${parts.join('')}⟧`;
}

export function pseudoTree(tree: Tree): Tree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudoText(value) : pseudoTree(value)]));
}

/**
 * The English catalogue, assembled from the same files as renderer/src/i18n/resources.ts (which
 * needs Vite's import.meta.glob, so cannot run in Playwright's Node). The completeness test in
 * tests/unit/i18n compares every language against that one; the tour would show a key missing
 * here as English text, so the two cannot silently drift.
 */
export function englishTree(): Tree {
  const renderer = fileURLToPath(new URL('../../renderer/src/', import.meta.url));
  const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;
  const english = mergeInto({}, readJson(`${renderer}i18n/en.json`));
  for (const flat of [competencyEnglish, attendanceEnglish, roadmapEnglish, refusalEnglish, hackathonEnglish, exchangeEnglish, reportEnglish, programmeEnglish]) mergeInto(english, expandFlat(flat));
  for (const feature of readdirSync(`${renderer}features`)) {
    const file = `${renderer}features/${feature}/en.json`;
    if (existsSync(file)) mergeInto(english, readJson(file));
  }
  return english;
}

/** The pseudo language as an ES module, served in place of a language's lazily loaded strings. */
export function pseudoModule(): string {
  return `export default ${JSON.stringify(pseudoTree(englishTree()))};`;
}
