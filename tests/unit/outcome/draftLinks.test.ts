import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { outcomeSourcesFromDoc } from '../../../shared/outcome/adapter';
import { generateLinkedDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { setMarked } from '../../../shared/outcome/marks';
import { bulletSections, checkSection } from '../../../shared/outcome/model';
import { moveBullet, readLinks, readOutcome, removeBullet, writeOutcome } from '../../../shared/outcome/store';
import { markedForum } from '../../fixtures/markedForum';

/**
 * The draft rules that depend on what the facilitator marked during the run, and on the Q&A,
 * on the full-day forum (120 people, 300 cards, 27 roadmap items) with twelve questions.
 */
const forum = markedForum();
const now = Date.UTC(2026, 2, 10, 18);
const read = () => {
  const sources = outcomeSourcesFromDoc(forum.doc, { now });
  if (!sources) throw new Error('the forum could not be read');
  return sources;
};
const { outcome, links } = generateLinkedDraft(read(), outcomeLabelsEn);

describe('tangible outcomes from what the facilitator marked', () => {
  it('lead with the marked card, question and roadmap items, in the order marked, then agreed items, then one attendance line', () => {
    const [card, question, proposal, agreed, ...rest] = outcome.outcomes;
    expect(card).toBe(forum.markedText.card);
    expect(question).toBe(`Announced in the questions and answers: ${forum.markedText.question}`);
    expect(proposal).toMatch(new RegExp(`^Proposed to the room, still to be agreed: ${escape(forum.markedText.proposedItem)} \\(\\d+ votes\\)$`));
    expect(agreed).toMatch(new RegExp(`^Agreed by the room: ${escape(forum.markedText.agreedItem)} \\(\\d+ votes\\)$`));
    expect(rest.filter((line) => /took part/.test(line))).toHaveLength(1);
    expect(rest.at(-1)).toMatch(/^120 people took part: 82 in the room, 34 online and 4 whose mode was not recorded/);
    // The marked agreed item is not said twice, and the section stays inside the template's limits.
    expect(outcome.outcomes.filter((line) => line.includes(forum.markedText.agreedItem))).toHaveLength(1);
    expect(checkSection('outcomes', outcome.outcomes).warning).toBeUndefined();
  });

  it('link each line to what it came from', () => {
    expect(links.outcomes.slice(0, 4)).toEqual([
      [{ kind: 'card', id: forum.marked.card }],
      [{ kind: 'question', id: forum.marked.question }],
      [{ kind: 'roadmap', id: forum.marked.proposedItem }],
      [{ kind: 'roadmap', id: forum.marked.agreedItem }],
    ]);
    expect(links.outcomes.at(-1)).toEqual([{ kind: 'attendance', id: 'register' }]);
  });

  it('drop a mark whose card no longer exists, and keep every mark even past the section’s size', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(forum.doc));
    setMarked(doc, 'card', 'no-such-card', true, now);
    const sources = outcomeSourcesFromDoc(doc, { now });
    const cards = sources!.cards.filter((card) => !card.held && !card.deleted).slice(1, 5);
    for (const [index, card] of cards.entries()) setMarked(doc, 'card', card.id, true, now + index);
    const draft = generateLinkedDraft(outcomeSourcesFromDoc(doc, { now })!, outcomeLabelsEn);
    expect(draft.outcome.outcomes).toHaveLength(8 + 1);
    expect(draft.links.outcomes.flat().some((ref) => ref.id === 'no-such-card')).toBe(false);
    expect(checkSection('outcomes', draft.outcome.outcomes).warning).toBe('outcome.sectionTooLong');
  });
});

describe('themes from the questions the room did not get to', () => {
  it('quote the three most upvoted open questions, most wanted first, then subjects left over', () => {
    const open = forum.questions.filter((question) => !question.answered).sort((a, b) => b.votes - a.votes);
    const quoted = [...outcome.themes.matchAll(/“([^”]+)”/g)].map((match) => match[1]);
    expect(quoted).toEqual(open.slice(0, 3).map((question) => question.text));
    expect(outcome.themes).toMatch(/^Questions the room most wanted answered and did not get to: .+\. Subjects raised during the session/);
    expect(links.themes.slice(0, 3)).toEqual(open.slice(0, 3).map((question) => ({ kind: 'question', id: question.id })));
    for (const answered of forum.questions.filter((question) => question.answered)) expect(outcome.themes).not.toContain(answered.text);
  });
});

describe('every drafted line links back to its source', () => {
  it('key issues to their cluster and quoted card, trends to their competency, the plan to its roadmap item', () => {
    const sources = read();
    const cards = new Map(sources.cards.map((card) => [card.id, card]));
    for (const section of bulletSections) expect(links[section]).toHaveLength(outcome[section].length);
    for (const [index, refs] of links.keyIssues.entries()) {
      const card = refs.find((ref) => ref.kind === 'card');
      expect(card).toBeDefined();
      expect(cards.get(card!.id)?.held).toBeUndefined();
      expect(outcome.keyIssues[index]).toContain(cards.get(card!.id)!.text.slice(0, 40));
    }
    const items = new Map(sources.roadmapItems.map((item) => [item.id, item]));
    for (const [index, refs] of links.plan.entries()) expect(outcome.plan[index]).toContain(items.get(refs[0]!.id)!.title);
    const priorities = new Map(sources.competencyPriorities.map((priority) => [priority.id, priority]));
    for (const [index, refs] of links.trends.entries()) expect(outcome.trends[index]).toContain(priorities.get(refs[0]!.id)!.name);
  });

  it('the links are stored with the bullets: they follow a bullet that is moved and go with one that is removed', () => {
    const doc = new Y.Doc();
    writeOutcome(doc, outcome, links);
    expect(readOutcome(doc).outcome).toEqual(outcome);
    expect(readLinks(doc)).toEqual(links);
    moveBullet(doc, 'plan', 0, 2);
    expect(readLinks(doc).plan).toEqual([links.plan[1], links.plan[2], links.plan[0], ...links.plan.slice(3)]);
    removeBullet(doc, 'plan', 2);
    expect(readLinks(doc).plan).toEqual([links.plan[1], links.plan[2], ...links.plan.slice(3)]);
    // A copy of the document (another device) reads the same links.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readLinks(copy)).toEqual(readLinks(doc));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
