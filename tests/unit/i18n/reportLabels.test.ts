import { describe, expect, it } from 'vitest';
import { reportLabelSets } from '../../../renderer/src/features/outcome/labels';
import { supportedLanguages } from '../../../renderer/src/i18n/languages';
import { fillCounted } from '../../../shared/outcome/labels';
import { categoriesOf } from './catalogue';

/**
 * The outcome report's fixed words are a typed object rather than i18next keys (shared/ renders
 * the report). Each language's set must have every label English has, every plural form its
 * grammar needs for the counted sentences, and the same {placeholders}.
 */
type Node = string | { [key: string]: Node };
const english = reportLabelSets.en as unknown as Record<string, Node>;
const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** A counted sentence has only plural forms as keys (`genders` also has an `other`, a gender). */
const countedSentence = (node: Node): node is Record<string, string> => typeof node === 'object' && typeof node.other === 'string' && Object.keys(node).every((key) => pluralCategories.has(key));

function braces(text: string): string {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join();
}

/** Differences between a translated set and English, as readable paths. */
function differences(source: Node, translated: Node | undefined, language: string, path: string): string[] {
  if (translated === undefined) return [`${path}: missing`];
  if (typeof source === 'string') {
    if (typeof translated !== 'string') return [`${path}: not a text`];
    // Empty only where English is empty too (the themes line has no default wording).
    if (translated.trim() === '' && source.trim() !== '') return [`${path}: empty`];
    return ['language', 'direction'].includes(path) || braces(source) === braces(translated) ? [] : [`${path}: placeholders differ`];
  }
  if (typeof translated === 'string') return [`${path}: not a group`];
  if (countedSentence(source)) {
    const problems = categoriesOf(language).filter((category) => !translated[category]).map((category) => `${path}.${category}: missing`);
    const names = new Set([...braces(source.one ?? '').split(','), ...braces(source.other ?? '').split(',')]);
    for (const [category, text] of Object.entries(translated)) {
      if (typeof text !== 'string') continue;
      if (braces(text).split(',').some((name) => name !== '' && !names.has(name))) problems.push(`${path}.${category}: unknown placeholder`);
    }
    return problems;
  }
  const keys = new Set([...Object.keys(source), ...Object.keys(translated)]);
  return [...keys].flatMap((key) => (key in source ? differences(source[key] as Node, translated[key], language, path ? `${path}.${key}` : key) : [`${path}.${key}: not in English`]));
}

describe('outcome report labels', () => {
  it('every language offered has the report in its own words', () => {
    expect(supportedLanguages.filter((language) => !reportLabelSets[language])).toEqual([]);
  });

  for (const [language, labels] of Object.entries(reportLabelSets)) {
    it(`${language}: every label English has, each plural form, and the same placeholders`, () => {
      expect(labels.language).toBe(language);
      expect(labels.direction).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(differences(english, labels as unknown as Node, language, '')).toEqual([]);
    });
  }

  it('the report counts in Arabic and Russian with their own plural forms', () => {
    const arabic = reportLabelSets.ar;
    const russian = reportLabelSets.ru;
    if (!arabic || !russian) throw new Error('Arabic and Russian reports are shipped');
    const votes = (labels: typeof arabic, count: number) => fillCounted(labels.draft.keyIssueCard, count, { text: 'X', votes: count }, labels);
    expect([0, 1, 2, 3, 11, 100].map((count) => votes(arabic, count))).toEqual(['X (لا أصوات)', 'X (صوت واحد)', 'X (صوتان)', 'X (3 أصوات)', 'X (11 صوتًا)', 'X (100 صوت)']);
    expect([0, 1, 2, 3, 11, 100].map((count) => votes(russian, count))).toEqual(['X (0 голосов)', 'X (1 голос)', 'X (2 голоса)', 'X (3 голоса)', 'X (11 голосов)', 'X (100 голосов)']);
  });
});
