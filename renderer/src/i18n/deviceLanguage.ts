import { matchLanguage, isSupported, type Language } from './languages';

/**
 * Each device keeps its own interface language: a participant reads their phone in their
 * language whatever the facilitator's laptop uses. The choice is kept in localStorage (not in the
 * workshop, which is shared) and, until someone chooses, follows the browser's or the system's
 * languages.
 */
const storageKey = 'baraza.language';

export function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isSupported(value) ? value : undefined;
  } catch {
    // Storage can be refused (a private window, a locked-down browser): the browser's language will do.
    return undefined;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered on this device, but the screen still changes language for this visit.
  }
}

/** The stored choice, else the first of the browser's languages Baraza speaks, else English. */
export function initialLanguage(): Language {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return storedLanguage() ?? matchLanguage(browser) ?? 'en';
}

/** Calls back when another window of this device chooses a language, so all windows agree. */
export function onLanguageChosenElsewhere(callback: (language: Language) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey && isSupported(event.newValue)) callback(event.newValue);
  });
}
