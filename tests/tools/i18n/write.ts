/**
 * Merges translated lines (the format of ./lines.ts) into a language's JSON file, keeping what is
 * already there: `npx tsx tests/tools/i18n/write.ts ar ar.lines`. The completeness test then says
 * what is still missing or left over.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from './catalogueModule';
import { parseLines, unflatten } from './lines';

const { module, close } = await loadCatalogue();
const { flatten, translationFiles } = module;

const [language, ...inputs] = process.argv.slice(2);
if (!language || inputs.length === 0) throw new Error('usage: write.ts <language> <lines file>...');
const merged = flatten(translationFiles()[language] ?? {});
for (const input of inputs) Object.assign(merged, parseLines(readFileSync(input, 'utf8')));
if (language === 'fr') for (const key of Object.keys(merged)) merged[key] = frenchSpacing(merged[key] as string);
/**
 * French puts a narrow no-break space before : ; ? ! and inside « », so the sign never starts a
 * line on its own; typed as ordinary spaces, they are fixed here rather than by hand per key.
 */
function frenchSpacing(text: string): string {
  return text.replace(/[ \u00a0]([:;?!»])/g, '\u202f$1').replace(/« /g, '«\u202f');
}

const target = fileURLToPath(new URL(`../../../renderer/src/i18n/locales/${language}.json`, import.meta.url));
writeFileSync(target, `${JSON.stringify(unflatten(merged), null, 2)}\n`);
console.log(`${Object.keys(merged).length} keys in ${target}`);
await close();
