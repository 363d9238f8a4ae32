import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { englishResources } from '../../../renderer/src/i18n/resources';
import { flatten, translationFiles } from './catalogue';

/**
 * Counts on screen use each language's own plural forms: Arabic has six (0, 1, 2, 3–10, 11–99,
 * 100+), Russian four (1 and 21; 2–4; 5–20 and 11–14; fractions). Before, every count beyond
 * English's two forms fell back to English. These read the shipped translation files through
 * i18next, as the app does.
 */
const files = translationFiles();
const counts = [0, 1, 2, 3, 11, 100] as const;

async function translatorFor(language: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: englishResources() }, [language]: { translation: files[language] ?? {} } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}

/** The translation file's own text for a plural form, with the count filled in. */
function expected(language: string, key: string, category: string, count: number): string {
  const text = flatten(files[language] ?? {})[`${key}_${category}`];
  if (text === undefined) throw new Error(`${language} has no ${key}_${category}`);
  return text.replace(/\{\{count\}\}/g, String(count));
}

const cases: Record<string, { categories: Record<(typeof counts)[number], string>; samples: Record<(typeof counts)[number], string> }> = {
  ar: {
    categories: { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 11: 'many', 100: 'other' },
    samples: { 0: 'لا أجزاء', 1: 'جزء واحد', 2: 'جزءان', 3: '3 أجزاء', 11: '11 جزءًا', 100: '100 جزء' },
  },
  ru: {
    categories: { 0: 'many', 1: 'one', 2: 'few', 3: 'few', 11: 'many', 100: 'many' },
    samples: { 0: '0 частей', 1: '1 часть', 2: '2 части', 3: '3 части', 11: '11 частей', 100: '100 частей' },
  },
};

describe('plural forms on screen', () => {
  for (const [language, { categories, samples }] of Object.entries(cases)) {
    describe(language, () => {
      for (const count of counts) {
        it(`${count} picks the ${categories[count]} form, in ${language}, for every counted string`, async () => {
          const t = (await translatorFor(language)).t;
          expect(new Intl.PluralRules(language).select(count)).toBe(categories[count]);
          expect(t('home.parts', { count })).toBe(samples[count]);
          for (const key of ['activities.cards.count', 'roadmap.votes', 'attendance.total', 'exchange.merged']) {
            expect(t(key, { count, title: 'x' }).replace(/x/g, '')).toBe(expected(language, key, categories[count], count).replace(/\{\{title\}\}/g, ''));
          }
        });
      }
    });
  }
});
