/**
 * The writing systems a text uses, beyond the Latin alphabet every device has a font for. The
 * export asks the device for a font for each (see features/outcome/fontCoverage.ts) and names the
 * ones missing with Intl, in the reader's language ("Han", "sinogrammes", "الهان").
 */
const scripts: readonly (readonly [code: string, pattern: RegExp])[] = [
  ['Hani', /\p{Script=Han}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** ISO 15924 code of a character's script, or Zzzz for one not listed above. */
export function scriptOf(character: string): string {
  return scripts.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Zzzz';
}

/**
 * A few characters of each non-Latin script in the text, by script code: enough to ask whether
 * the device can draw that script, without testing every one of a Chinese report's thousand
 * characters. Punctuation, digits, spaces and Latin letters are left out.
 */
export function scriptSamples(text: string, perScript = 4): Map<string, string[]> {
  const samples = new Map<string, string[]>();
  for (const character of new Set(text)) {
    if (!/[\p{L}\p{M}\p{So}]/u.test(character) || /\p{Script=Latin}|\p{Script=Common}|\p{Script=Inherited}/u.test(character)) continue;
    const code = scriptOf(character);
    const list = samples.get(code) ?? [];
    if (list.length < perScript) samples.set(code, [...list, character]);
  }
  return samples;
}

/** Script codes as words in a language, joined as a list: "Han and Arabic", "sinogrammes et arabe". */
export function scriptNames(codes: readonly string[], language: string): string {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'script' });
  return new Intl.ListFormat([language, 'en'], { type: 'conjunction' }).format(codes.map((code) => names.of(code) ?? code));
}
