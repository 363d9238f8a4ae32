/**
 * Languages a session may be held in, each named in its own language (an autonym is the same in
 * every interface language, so these names are not translated).
 */
export const sessionLanguages = [
  { code: 'en', autonym: 'English' },
  { code: 'fr', autonym: 'Français' },
  { code: 'ar', autonym: 'العربية' },
  { code: 'sw', autonym: 'Kiswahili' },
  { code: 'rw', autonym: 'Ikinyarwanda' },
  { code: 'bn', autonym: 'বাংলা' },
  { code: 'pt', autonym: 'Português' },
  { code: 'es', autonym: 'Español' },
  { code: 'ru', autonym: 'Русский' },
  { code: 'zh', autonym: '中文' },
  { code: 'am', autonym: 'አማርኛ' },
  { code: 'ha', autonym: 'Hausa' },
  { code: 'wo', autonym: 'Wolof' },
] as const;
