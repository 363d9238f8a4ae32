import { describe, expect, it } from 'vitest';
import { directionOf, isSupported, languageNames, matchLanguage, supportedLanguages } from '../../../renderer/src/i18n/languages';

describe('choosing the interface language', () => {
  it('a browser set to a regional variant gets the base language Baraza ships', () => {
    expect(matchLanguage(['en-GB'])).toBe('en');
    expect(matchLanguage(['fr-SN', 'en'])).toBe('fr');
    expect(matchLanguage(['xx-YY', 'EN_us'])).toBe('en');
  });

  it('a browser in languages Baraza does not speak gets no match, so English is used', () => {
    expect(matchLanguage(['wo-SN', 'rw'])).toBeUndefined();
    expect(matchLanguage([])).toBeUndefined();
  });

  it('Arabic reads right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('zh')).toBe('ltr');
  });

  it('every language offered in the menu is named in its own language', () => {
    for (const language of supportedLanguages) expect(languageNames[language]).toBeTruthy();
    expect(isSupported('klingon')).toBe(false);
  });
});
