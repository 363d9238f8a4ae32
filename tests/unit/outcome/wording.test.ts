import { describe, expect, it } from 'vitest';
import { participationRows } from '../../../shared/outcome/blocks';
import { generateDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { formatLevel, genderCount } from '../../../shared/outcome/labels';
import { outcomeLabelsFrom } from '../../../shared/outcome/reportLabels';
import { reportEnglish } from '../../../shared/outcome/strings.en';
import { forumSources } from '../../fixtures/outcomeSources';

describe('the report’s wording', () => {
  it('says “1 man” and “2 women”, never “1 men”', () => {
    const sources = { ...forumSources(), attendance: { onsite: 3, online: 0, byGender: { women: 2, men: 1 }, byGroup: { academia: 1, civilSociety: 2 } } };
    const draft = generateDraft(sources, outcomeLabelsEn);
    expect(draft.outcomes).toContain('3 people took part in the room; among them 2 women and 1 man');
    expect(genderCount('women', 1, outcomeLabelsEn)).toBe('1 woman');
  });

  it('names stakeholder groups with a capital in the figures table (“Academia 1”, not “1 academia”)', () => {
    const rows = participationRows({ onsite: 3, online: 0, byGender: {}, byGroup: { academia: 1, civilSociety: 2 } }, outcomeLabelsEn);
    expect(rows.slice(-3)).toEqual([
      { label: 'By stakeholder group', count: null, group: true },
      { label: 'Civil society', count: 2 },
      { label: 'Academia', count: 1 },
    ]);
  });

  it('takes its words from translation keys, falling back to English key by key', () => {
    const french: Record<string, string> = {
      'report.sections.keyIssues': 'Principaux enjeux',
      'report.genderCounts.women_one': '{count} femme',
      'report.genderCounts.women_other': '{count} femmes',
    };
    const labels = outcomeLabelsFrom((key) => french[key], 'fr', 'ltr');
    expect(labels.sections.keyIssues).toBe('Principaux enjeux');
    expect(labels.sections.plan).toBe(reportEnglish['report.sections.plan']);
    // French counts 0 and 1 as singular.
    expect(genderCount('women', 0, labels)).toBe('0 femme');
    expect(genderCount('women', 1200, labels)).toBe('1\u202f200 femmes');
  });

  it('never counts people whose mode was not recorded as in the room', () => {
    const unknown = generateDraft({ ...forumSources(), attendance: { onsite: 0, online: 0, notRecorded: 2, byGender: {}, byGroup: {} } }, outcomeLabelsEn);
    expect(unknown.outcomes.at(-1)).toBe('2 people took part; whether in the room or online was not recorded');
    const some = generateDraft({ ...forumSources(), attendance: { onsite: 5, online: 1, notRecorded: 2, byGender: {}, byGroup: {} } }, outcomeLabelsEn);
    expect(some.outcomes.at(-1)).toBe('8 people took part: 5 in the room, 1 online and 2 whose mode was not recorded');
  });

  it('writes means and counts as the session’s language does', () => {
    expect(formatLevel(2.44, outcomeLabelsEn)).toBe('2.4');
    expect(formatLevel(2.44, { ...outcomeLabelsEn, language: 'fr' })).toBe('2,4');
  });
});
