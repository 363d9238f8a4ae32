import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { applyToDocument, i18next, loadLanguage } from './index';
import { isSupported } from './languages';

type SessionLanguageProps = { language: string | undefined; children: ReactNode };

/**
 * Shows its children in the workshop's session language instead of this device's: the projector
 * speaks to the whole room, so it follows the workshop, while each person's phone follows its
 * owner. A session language Baraza does not speak yet leaves the device's language in place.
 * A separate i18next instance, sharing the loaded strings, keeps the device's choice untouched.
 */
export function SessionLanguage({ language, children }: SessionLanguageProps) {
  const { i18n } = useTranslation();
  const target = isSupported(language) ? language : i18n.language;
  // The language whose strings are known to be loaded, so a change of session language waits
  // for its own strings rather than rendering keys.
  const [loaded, setLoaded] = useState(() => (i18next.hasResourceBundle(target, 'translation') ? target : undefined));
  useEffect(() => {
    let cancelled = false;
    if (!isSupported(target)) return;
    void loadLanguage(target)
      .catch(() => undefined)
      .then(() => !cancelled && setLoaded(target));
    return () => {
      cancelled = true;
    };
  }, [target]);
  const instance = useMemo(() => (loaded === target ? i18next.cloneInstance({ lng: target }) : undefined), [loaded, target]);
  useEffect(() => {
    if (!instance) return;
    applyToDocument(instance.language);
    // Leaving the screen hands the document back to the device's language.
    return () => applyToDocument(i18next.language);
  }, [instance]);
  if (!instance) return null;
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
