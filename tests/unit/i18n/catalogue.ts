import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { englishResources, type Tree } from '../../../renderer/src/i18n/resources';

/** Helpers the i18n tests share: the English catalogue, each translation, and plural keys. */

const localeFolder = fileURLToPath(new URL('../../../renderer/src/i18n/locales/', import.meta.url));

export function flatten(tree: Tree, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else flatten(value, path, into);
  }
  return into;
}

export function englishCatalogue(): Record<string, string> {
  return flatten(englishResources());
}

/** Every translation file on disk, by language code, whether or not the language is offered. */
export function translationFiles(): Record<string, Tree> {
  const files: Record<string, Tree> = {};
  for (const name of readdirSync(localeFolder)) {
    if (name.endsWith('.json')) files[name.replace(/\.json$/, '')] = JSON.parse(readFileSync(localeFolder + name, 'utf8')) as Tree;
  }
  return files;
}

export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralKey = new RegExp(`^(.*)_(${pluralSuffixes.join('|')})$`);

/** Splits `a.b_other` into its base and plural category; undefined for a key with no plural. */
export function pluralPart(key: string): { base: string; category: string } | undefined {
  const match = pluralKey.exec(key);
  return match ? { base: match[1] as string, category: match[2] as string } : undefined;
}

/** Bases of English keys that have plural forms (`home.parts` for `home.parts_one`/`_other`). */
export function pluralBases(english: Record<string, string>): Set<string> {
  const bases = new Set<string>();
  for (const key of Object.keys(english)) {
    const plural = pluralPart(key);
    if (plural && `${plural.base}_other` in english) bases.add(plural.base);
  }
  return bases;
}

/** The plural categories a language's grammar uses (Arabic: all six; Chinese: only `other`). */
export function categoriesOf(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** The keys a translation must have: every English key, with each plural in the language's forms. */
export function expectedKeys(english: Record<string, string>, language: string): Set<string> {
  const bases = pluralBases(english);
  const expected = new Set<string>();
  for (const key of Object.keys(english)) {
    const plural = pluralPart(key);
    if (!plural || !bases.has(plural.base)) expected.add(key);
  }
  for (const base of bases) for (const category of categoriesOf(language)) expected.add(`${base}_${category}`);
  return expected;
}

/** `{{name}}` placeholders of an i18next string, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] as string))].sort();
}
