import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, onLanguageChosenElsewhere, rememberLanguage } from './deviceLanguage';
import { directionOf, supportedLanguages, type Language } from './languages';
import { englishResources, translationResources } from './resources';

/**
 * Every string the user sees comes through here. English is complete and always loaded (it is
 * the fallback); another language is a JSON file of the same keys, loaded when chosen. Plurals
 * follow each language's own rules (Intl.PluralRules: `_zero`, `_one`, `_two`, `_few`, `_many`,
 * `_other`). The root element's `lang` and `dir` follow the language, so the layout (logical CSS
 * properties throughout) mirrors for right-to-left scripts.
 */
export { supportedLanguages };

export async function initI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: englishResources() } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  i18next.on('languageChanged', applyToDocument);
  await switchTo(language);
  applyToDocument(i18next.language);
  onLanguageChosenElsewhere((chosen) => void switchTo(chosen));
}

/** This device's choice from the language menu: shown at once and remembered here only. */
export async function chooseLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await switchTo(language);
}

/** Makes a language's strings available (for a screen that shows another language, such as the
 *  projector in the session's language) without changing this device's choice. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const resources = await translationResources(language);
  if (resources) i18next.addResourceBundle(language, 'translation', resources, true, true);
}

async function switchTo(language: Language): Promise<void> {
  try {
    await loadLanguage(language);
  } catch (error) {
    // A language that cannot be fetched leaves the screen in the language it was in.
    console.warn(`[i18n] the ${language} strings could not be loaded`, error);
    return;
  }
  await i18next.changeLanguage(language);
}

/** Sets `lang` and `dir` on <html>; exported for screens that show another language for a while. */
export function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export { i18next };
