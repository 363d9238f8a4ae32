import { describe, expect, it } from 'vitest';
import { outcomeSourcesFromDoc } from '../../../shared/outcome/adapter';
import { outcomeBlocks } from '../../../shared/outcome/blocks';
import { generateDraft } from '../../../shared/outcome/draft';
import { renderHtml } from '../../../shared/outcome/html';
import { igfDetailsOf } from '../../../shared/outcome/igf';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { renderMarkdown } from '../../../shared/outcome/markdown';
import { setMeta, readWorkshop } from '../../../shared/workshop/doc';
import { markedForum } from '../../fixtures/markedForum';

/** The IGF-style session report (seed 004) laid out from the full-day forum's draft. */
const forum = markedForum();
setMeta(forum.doc, { speakers: 'Tatevik Grigoryan, UNESCO', onsiteModerator: 'Tatevik Grigoryan', onlineModerator: 'Prateek Sibal', rapporteur: 'Mei Jie Chen', wsisLines: ['C4', 'C7'] });
const meta = readWorkshop(forum.doc).meta!;
const draft = generateDraft(outcomeSourcesFromDoc(forum.doc, { now: Date.UTC(2026, 2, 10, 18) })!, outcomeLabelsEn);
const igf = igfDetailsOf(meta, () => '10 March 2026');
const blocks = outcomeBlocks(draft, outcomeLabelsEn, { igf });
const headings = blocks.filter((block) => block.type === 'heading').map((block) => (block.type === 'heading' ? block.text : ''));
const after = (heading: string) => blocks.slice(blocks.findIndex((block) => block.type === 'heading' && block.text === heading) + 1);

describe('the IGF session report', () => {
  it('has the template’s sections in order: key takeaways, call to action, session report, tags', () => {
    expect(headings).toEqual(['Key takeaways', 'Call to action', 'Session report', 'Tags']);
  });

  it('names the speakers, both moderators and the rapporteur from the workshop’s details', () => {
    const fields = Object.fromEntries(blocks.flatMap((block) => (block.type === 'field' ? [[block.label, block.value]] : [])));
    expect(fields).toMatchObject({ Speakers: 'Tatevik Grigoryan, UNESCO', 'Onsite moderator': 'Tatevik Grigoryan', 'Online moderator': 'Prateek Sibal', Rapporteur: 'Mei Jie Chen' });
    expect(fields['SDG targets']).toBe('SDG 4, SDG 5, SDG 16.6, SDG 16.7');
    expect(fields['WSIS Action Lines']).toBe('Action Line C4, Action Line C7');
  });

  it('takes three takeaways and two calls to action, each due at the end of the session day, and repeats no line', () => {
    for (const heading of ['Key takeaways', 'Call to action']) expect(after(heading)[0]).toEqual({ type: 'paragraph', text: 'Due at the end of the session day (10 March 2026).' });
    expect(after('Key takeaways')[1]).toEqual({ type: 'bullets', items: draft.keyIssues.slice(0, 3) });
    expect(after('Call to action')[1]).toEqual({ type: 'bullets', items: draft.plan.slice(0, 2) });
    const everyBullet = blocks.flatMap((block) => (block.type === 'bullets' ? block.items : []));
    expect(new Set(everyBullet).size).toBe(everyBullet.length);
    for (const line of [...draft.keyIssues, ...draft.trends, ...draft.outcomes, ...draft.plan]) expect(everyBullet).toContain(line);
  });

  it('renders in HTML and Markdown with the IGF headings, and without the two-page summary’s', () => {
    const html = renderHtml(draft, outcomeLabelsEn, { igf });
    expect(html).toContain('<h1>Session report: Digital capacity for public servants: Kigali forum</h1>');
    expect(html).toContain('<h2>Key takeaways</h2>');
    expect(html).not.toContain('Key issues discussed');
    const markdown = renderMarkdown(draft, outcomeLabelsEn, { igf });
    expect(markdown).toMatch(/## Call to action\n\nDue at the end of the session day \(10 March 2026\)\./);
    expect(markdown).toContain('Mei Jie Chen');
  });
});
