import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../../renderer/src/i18n/languages';
import { categoriesOf, englishCatalogue, expectedKeys, flatten, placeholders, pluralBases, pluralPart, translationFiles } from './catalogue';

/**
 * The CI check that every language stays complete: a key added in English must be
 * translated before its language is offered, a key dropped from English must go from the
 * translations, and each pluralised key needs every plural form the language's grammar uses
 * (Arabic six, Russian four), or counts fall back to English on screen.
 */
const english = englishCatalogue();
const files = translationFiles();

describe('translation catalogues', () => {
  it('every language offered in the menu has a translation file (English is the source)', () => {
    const missing = supportedLanguages.filter((language) => language !== 'en' && !(language in files));
    expect(missing).toEqual([]);
  });

  it('the English catalogue has keys and plural keys to check against', () => {
    expect(Object.keys(english).length).toBeGreaterThan(1000);
    expect(pluralBases(english).size).toBeGreaterThan(10);
  });

  for (const [language, tree] of Object.entries(files)) {
    describe(language, () => {
      const translated = flatten(tree);
      const expected = expectedKeys(english, language);

      it('has every English key, with each plural form the language needs', () => {
        const missing = [...expected].filter((key) => !(key in translated));
        expect(missing).toEqual([]);
      });

      it('has no key that English does not have (a renamed or removed key left behind)', () => {
        const extra = Object.keys(translated).filter((key) => !expected.has(key));
        expect(extra).toEqual([]);
      });

      it('leaves no string empty that English fills (an empty English text, such as a draft line with nothing to say, stays empty)', () => {
        const emptyInEnglish = (key: string): boolean => (english[key] ?? english[`${pluralPart(key)?.base ?? key}_other`] ?? 'x').trim() === '';
        expect(Object.entries(translated).filter(([key, text]) => text.trim() === '' && !emptyInEnglish(key)).map(([key]) => key)).toEqual([]);
        expect(Object.entries(translated).filter(([key, text]) => text.trim() !== '' && emptyInEnglish(key)).map(([key]) => key)).toEqual([]);
      });

      it('keeps the same {{placeholders}} as English', () => {
        const broken: string[] = [];
        for (const [key, text] of Object.entries(translated)) {
          const plural = pluralPart(key);
          if (plural && pluralBases(english).has(plural.base)) {
            // A plural form may leave out the number ("one card", Arabic's dual), never another value.
            const source = new Set([...placeholders(english[`${plural.base}_one`] ?? ''), ...placeholders(english[`${plural.base}_other`] ?? '')]);
            const needed = [...source].filter((name) => name !== 'count');
            const used = placeholders(text);
            if (used.some((name) => !source.has(name)) || needed.some((name) => !used.includes(name))) broken.push(key);
          } else if (key in english && placeholders(english[key] as string).join() !== placeholders(text).join()) broken.push(key);
        }
        expect(broken).toEqual([]);
      });

      it('uses plural categories its grammar knows', () => {
        expect(categoriesOf(language)).toContain('other');
      });
    });
  }
});
