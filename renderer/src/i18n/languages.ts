/**
 * The interface languages Baraza ships, each named in its own language (an autonym reads the
 * same whatever language the menu is in, so a person lost in a foreign interface can still find
 * theirs). A language is listed here only once every English key has a translation: the
 * completeness test in tests/unit/i18n/ holds that line.
 */
export const supportedLanguages = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'ru', 'zh'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Autonyms, also for languages not yet complete, so adding one is a one-word change above. */
export const languageNames: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  pt: 'Português',
  sw: 'Kiswahili',
  ru: 'Русский',
  zh: '中文（简体）',
};

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/** Text direction of a language tag: Arabic (and its script's neighbours) read right to left. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rightToLeft.has(baseOf(tag)) ? 'rtl' : 'ltr';
}

export function isSupported(tag: string | undefined | null): tag is Language {
  return typeof tag === 'string' && (supportedLanguages as readonly string[]).includes(tag);
}

/**
 * The first of the preferred tags (as `navigator.languages` lists them, best first) that Baraza
 * speaks, matched on the base language: "fr-SN" reads French, "ar-EG" Arabic. Chinese in any
 * script gets the simplified text, the only Chinese shipped, which beats falling to English.
 */
export function matchLanguage(preferred: readonly string[]): Language | undefined {
  for (const tag of preferred) {
    const base = baseOf(tag);
    if (isSupported(base)) return base;
  }
  return undefined;
}

function baseOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}
