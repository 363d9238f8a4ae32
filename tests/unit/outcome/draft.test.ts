import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { checkDocument, checkSection } from '../../../shared/outcome/model';
import { forumSources } from '../../fixtures/outcomeSources';

describe('the first draft of the outcome document', () => {
  const draft = generateDraft(forumSources(), outcomeLabelsEn);

  it('copies the header from the workshop details', () => {
    expect(draft.title).toBe('Digital skills for county officials');
    expect(draft.organiser).toBe('Ministry of ICT');
    expect(draft.dateTime).toBe('2025-03-15, 09:00–10:30');
    expect(draft.venue).toBe('County hall, Nakuru');
    expect(draft.sdgTags).toEqual(['4', '16.6']);
  });

  it('leads the key issues with the most-voted clusters, then the best single cards', () => {
    expect(draft.keyIssues[0]).toContain('Data sharing between ministries');
    expect(draft.keyIssues[0]).toContain('raised in 2 contributions');
    expect(draft.keyIssues[0]).toContain('No common format for registry data');
    expect(draft.keyIssues.some((line) => line.startsWith('Power cuts at the sub-county offices'))).toBe(true);
  });

  it('never cites a withdrawn card or an empty cluster', () => {
    const all = JSON.stringify(draft);
    expect(all).not.toContain('A withdrawn card');
    expect(all).not.toContain('Nothing here');
  });

  it('draws trends from the competencies the room chose, and from before/after gains', () => {
    expect(draft.trends[0]).toBe('Data-driven decision making came out as a priority, with 31% of the room’s choices');
    expect(draft.trends.some((line) => line.includes('AI fundamentals') && line.includes('from 1.2 to 2.4'))).toBe(true);
  });

  it('states who took part in one line, onsite, online and by gender, after what the room agreed', () => {
    expect(draft.outcomes.at(-1)).toBe('50 people took part: 38 in the room and 12 online; among them 25 men, 24 women and 1 who preferred not to say');
    expect(draft.outcomes.filter((line) => line.includes('took part'))).toHaveLength(1);
    expect(draft.outcomes[0]).toBe('Agreed by the room: Shared data standard for county registries (14 votes)');
    expect(draft.participation).toEqual(forumSources().attendance);
  });

  it('builds the plan from agreed roadmap items, topped up with proposals only to reach two', () => {
    expect(draft.plan[0]).toBe('Shared data standard for county registries (first six months; who leads it is still to be named)');
    expect(draft.plan).toHaveLength(2);
    expect(draft.plan.join()).not.toContain('Rejected idea');
  });

  it('marks proposals used in the plan as still to be confirmed', () => {
    const sources = forumSources();
    sources.roadmapItems = sources.roadmapItems.map((item) => (item.id === 'r2' ? { ...item, status: 'proposed' as const } : item));
    const plan = generateDraft(sources, outcomeLabelsEn).plan;
    expect(plan).toHaveLength(2);
    expect(plan[1]).toContain('proposed, still to be confirmed');
  });

  it('suggests themes from what the other sections left out', () => {
    expect(draft.themes).toMatch(/^Subjects raised during the session/);
    expect(draft.themes).toContain('Leadership retreat on digital culture');
  });

  it('keeps every section of the sample draft within the template’s limits', () => {
    expect(checkDocument(draft).filter((check) => check.warning)).toEqual([]);
  });

  it('uses the wording the caller passes, so a translated draft has no English', () => {
    const labels = structuredClone(outcomeLabelsEn);
    labels.language = 'fr';
    labels.draft.attendance = { one: '{total} personne', other: '{total} personnes : {onsite} sur place, {online} en ligne' };
    labels.draft.attendanceByGender = '{attendance}, dont {list}';
    labels.genderCounts = { men: { one: '{count} homme', other: '{count} hommes' }, women: { one: '{count} femme', other: '{count} femmes' }, undisclosed: { other: '{count} sans réponse' } };
    labels.list.lastSeparator = ' et ';
    expect(generateDraft(forumSources(), labels).outcomes.at(-1)).toBe('50 personnes : 38 sur place, 12 en ligne, dont 25 hommes, 24 femmes et 1 sans réponse');
  });

  it('writes the singular where a count is one', () => {
    expect(draft.keyIssues[1]).toBe('Basic digital literacy: raised in one contribution, with 7 votes: “Clerks never trained on spreadsheets”');
    const sources = forumSources();
    sources.cards.push({ id: 'one', text: 'Only one person liked this', votes: 1 });
    expect(generateDraft(sources, outcomeLabelsEn, { targets: { keyIssues: 8 } }).keyIssues).toContain('Only one person liked this (one vote)');
  });

  it('cuts a very long card at a word and marks the cut', () => {
    const sources = forumSources();
    sources.cards.push({ id: 'long', text: 'word '.repeat(200), votes: 99 });
    const issue = generateDraft(sources, outcomeLabelsEn, { maxBulletChars: 100 }).keyIssues.find((line) => line.startsWith('word'));
    expect(issue?.length).toBeLessThanOrEqual(100);
    expect(issue?.endsWith('…')).toBe(true);
  });

  it('still drafts a blank workshop, with every section flagged empty', () => {
    const sources = forumSources();
    Object.assign(sources, { cards: [], clusters: [], competencyPriorities: [], roadmapItems: [], runLog: [] });
    sources.attendance = { onsite: 0, online: 0, byGender: {}, byGroup: {} };
    const blank = generateDraft(sources, outcomeLabelsEn);
    expect(checkDocument(blank).map((check) => check.warning)).toEqual(Array(5).fill('outcome.sectionEmpty'));
  });
});

describe('section limits', () => {
  it('counts bullets against the template and warns outside it', () => {
    expect(checkSection('keyIssues', ['a', 'b', 'c'])).toEqual({ section: 'keyIssues', count: 3, min: 5, max: 8, warning: 'outcome.sectionTooShort' });
    expect(checkSection('outcomes', ['a', 'b', 'c']).warning).toBeUndefined();
    expect(checkSection('plan', ['1', '2', '3', '4', '5', '6']).warning).toBe('outcome.sectionTooLong');
  });

  it('does not count a blank bullet left while editing', () => {
    expect(checkSection('plan', ['one', '  ', 'two']).count).toBe(2);
  });

  it('asks for exactly one paragraph of themes', () => {
    expect(checkSection('themes', 'One paragraph\nstill the same one.').warning).toBeUndefined();
    expect(checkSection('themes', 'First.\n\nSecond.').warning).toBe('outcome.sectionTooLong');
    expect(checkSection('themes', '  ').warning).toBe('outcome.sectionEmpty');
  });
});
