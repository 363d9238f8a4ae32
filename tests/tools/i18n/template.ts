/**
 * Prints what a language still needs, in the line format of ./lines.ts, with the English beside
 * each key as a comment line: `npx tsx tests/tools/i18n/template.ts ar > ar.todo`. Plural keys are
 * listed in the forms that language's grammar uses (Arabic: zero, one, two, few, many, other).
 */
import { loadCatalogue } from './catalogueModule';
import { groupByParent } from './lines';

const { module, close } = await loadCatalogue();
const { categoriesOf, englishCatalogue, expectedKeys, flatten, pluralPart, translationFiles } = module;

const language = process.argv[2];
if (!language) throw new Error('usage: template.ts <language>');
const english = englishCatalogue();
const done = flatten(translationFiles()[language] ?? {});
const missing = [...expectedKeys(english, language)].filter((key) => !(key in done));
const ordered = Object.keys(english).flatMap((key) => {
  const plural = pluralPart(key);
  if (!plural || !(`${plural.base}_other` in english)) return missing.includes(key) ? [key] : [];
  if (plural.category !== 'other') return [];
  return categoriesOf(language).map((category) => `${plural.base}_${category}`).filter((name) => missing.includes(name));
});
for (const [parent, keys] of groupByParent(ordered)) {
  console.log(`@${parent}`);
  for (const key of keys) {
    const path = `${parent}.${key}`;
    const plural = pluralPart(path);
    const source = english[path] ?? (plural ? `${english[`${plural.base}_one`] ?? ''} | ${english[`${plural.base}_other`] ?? ''}` : '');
    console.log(`# ${source.replace(/\n/g, '\\n')}`);
    console.log(`${key}\t`);
  }
}
await close();
