import { describe, expect, it } from 'vitest';
import { englishTree, pseudoText, pseudoTree, type Tree } from '../../e2e/pseudoLocale';
import { untranslated, untranslatedWords } from '../../e2e/untranslatedText';
import { englishCatalogue, flatten } from './catalogue';

/**
 * The pseudo-locale tour (tests/e2e/pseudoLocale.spec.ts) is only as good as its two halves: the
 * pseudo language must cover every English string the app has, and the checker must catch an
 * English string that slipped past translation while letting through translated text, what
 * people typed and fixed data.
 */
describe('the pseudo language', () => {
  it('accents and brackets text but keeps placeholders, nesting and tags for the app to fill', () => {
    expect(pseudoText('Start')).toBe('⟦Šţàŕţ⟧');
    expect(pseudoText('{{count}} parts in {title}')).toBe('⟦{{count}} þàŕţš îñ {title}⟧');
    expect(pseudoText('See $t(home.title) <b>now</b>')).toBe('⟦Šéé $t(home.title) <b>ñöŵ</b>⟧');
  });

  it('covers exactly the English catalogue the app ships, every string pseudo-localised', () => {
    const pseudo = flatten(pseudoTree(englishTree()));
    const english = englishCatalogue();
    expect(Object.keys(pseudo).sort()).toEqual(Object.keys(english).sort());
    for (const text of Object.values(pseudo)) expect(untranslatedWords(text.replace(/\{\{[^}]*\}\}|\{[^{}]*\}|\$t\([^)]*\)|<[^>]*>/g, ''))).toEqual([]);
  });
});

describe('the untranslated-text checker', () => {
  const translated = (english: string) => pseudoText(english);

  it('passes translated text, nested translations, typed Greek, Chinese dates, codes and addresses', () => {
    const screen = [
      translated('Workshops on this device'),
      `${translated('Forum')} · ${translated('3 parts')}`,
      pseudoText('Joined as {{name}}').replace('{{name}}', translated('Participant')),
      'Φόρουμ Ναϊρόμπι 2026',
      '2026年3月10日 09:00–09:30',
      'ABCD-23EF',
      // A join code may come out with no digit at all; it is still a code, not English.
      'VKPM-XNNX',
      'http://127.0.0.1:4173/#/join/room-1/secret',
      '192.168.1.20:8787',
      '42 · 75 %',
    ];
    expect(untranslated(screen.map((text) => ({ text, where: 'main' })))).toEqual([]);
  });

  it('catches an English string injected among translated ones, and says where it is', () => {
    const screen: Tree[string][] = [translated('Agenda'), 'Export as PDF', `${translated('Votes')}: 3 votes`];
    const found = untranslated(screen.map((text) => ({ text: String(text), where: 'main > button' })));
    expect(found).toEqual(['Export as PDF  ←  "Export as PDF" in main > button', 'votes  ←  "⟦Ṽöţéš⟧: 3 votes" in main > button']);
  });

  it('catches English left inside a string whose brackets are unbalanced', () => {
    expect(untranslatedWords('⟦Ŝţàŕţ⟧ Start ⟧')).toEqual(['Start']);
  });

  it('lets a caller allow a proper name that is the same in every language', () => {
    expect(untranslatedWords('Baraza · ⟦Ŝţàŕţ⟧', ['Baraza'])).toEqual([]);
  });
});
