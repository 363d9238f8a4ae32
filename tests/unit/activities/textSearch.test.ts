import { describe, expect, it } from 'vitest';
import { matchesWords, searchWords } from '../../../shared/activities/textSearch';

const matches = (text: string, query: string) => matchesWords(text, searchWords(query));

describe('searching the cards of a ballot', () => {
  it('ignores case and accents, in the query and in the card', () => {
    expect(matches('Réseau national des écoles', 'reseau ECOLES')).toBe(true);
    expect(matches('Open data', 'dáta')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matches('Open a shared data platform', 'platform open')).toBe(true);
    expect(matches('Open a shared data platform', 'open budget')).toBe(false);
  });

  it('finds words in scripts without case: Arabic, Chinese, Cyrillic', () => {
    expect(matches('تدريب الموظفين على البيانات', 'البيانات')).toBe(true);
    expect(matches('建立共享数据平台', '数据')).toBe(true);
    expect(matches('Обучение ГОССЛУЖАЩИХ', 'госслужащих')).toBe(true);
  });

  it('an empty or blank query keeps every card', () => {
    expect(searchWords('   ')).toEqual([]);
    expect(matches('anything', '')).toBe(true);
  });
});
