import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { englishResources } from './resources';

/**
 * Every string the user sees comes through here. English is complete; a new language is a new
 * JSON file of the same shape. The root element's `lang` and `dir` follow the language, so the
 * layout (which uses logical CSS properties throughout) mirrors for right-to-left scripts.
 */
export const supportedLanguages = ['en'] as const;

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: englishResources() } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  applyLanguage(i18next.language);
  i18next.on('languageChanged', applyLanguage);
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

export { i18next };
