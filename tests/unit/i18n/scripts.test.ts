import { describe, expect, it } from 'vitest';
import { scriptNames, scriptOf, scriptSamples } from '../../../renderer/src/i18n/scripts';

/** The export's font check asks about each non-Latin script of the report, named in the reader's language. */
describe('the scripts a report is written in', () => {
  it('finds each non-Latin script once, a few characters each, and ignores Latin, digits and punctuation', () => {
    const samples = scriptSamples('Forum 2026 — 数字技能论坛，内罗毕 · منتدى المهارات · Форум: навыки', 3);
    expect([...samples.keys()]).toEqual(['Hani', 'Arab', 'Cyrl']);
    expect(samples.get('Hani')).toEqual(['数', '字', '技']);
    expect(scriptSamples('Atelier de Dakar, 10–12 mars (é, ç, ñ)').size).toBe(0);
  });

  it('puts a script it does not list under Zzzz rather than missing it', () => {
    expect(scriptOf('𐀀')).toBe('Zzzz');
    expect([...scriptSamples('Linear B 𐀀𐀁').keys()]).toEqual(['Zzzz']);
    expect(scriptOf('አ')).toBe('Ethi');
  });

  it('names the scripts in the reader’s language, as a list', () => {
    expect(scriptNames(['Hani', 'Arab'], 'en')).toBe('Han and Arabic');
    expect(scriptNames(['Hani', 'Arab'], 'fr')).toBe('sinogrammes et arabe');
    expect(scriptNames(['Cyrl'], 'ru')).toBe('кириллица');
  });
});
