import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n';
import { isSupported, languageNames, supportedLanguages } from '../i18n/languages';

type LanguageMenuProps = { className?: string };

/**
 * This device's interface language, as a native select: on a phone it opens the system's own
 * picker, which is the easiest to use with a thumb. Each language is written in itself and
 * tagged with `lang`, so screen readers say it in the right voice.
 */
export function LanguageMenu({ className }: LanguageMenuProps) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <select
      className={`language-menu${className ? ` ${className}` : ''}`}
      aria-label={t('app.language')}
      title={t('app.language')}
      data-testid="language-menu"
      value={current}
      onChange={(event) => {
        const chosen = event.target.value;
        if (isSupported(chosen)) void chooseLanguage(chosen);
      }}
    >
      {supportedLanguages.map((code) => (
        <option key={code} value={code} lang={code}>
          {languageNames[code] ?? code}
        </option>
      ))}
    </select>
  );
}
