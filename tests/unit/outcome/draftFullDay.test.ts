import { describe, expect, it } from 'vitest';
import { outcomeSourcesFromDoc } from '../../../shared/outcome/adapter';
import { generateDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { checkDocument } from '../../../shared/outcome/model';
import { fullDayForum } from '../../fixtures/fullDayForum';

/**
 * The draft rules on a full-day forum as a room leaves it (120 people, 300 cards, 27 roadmap
 * items), read from the workshop document the way the outcome tab reads it.
 */
const forum = fullDayForum();
const sources = outcomeSourcesFromDoc(forum.doc, { now: Date.UTC(2026, 2, 10, 18) });
if (!sources) throw new Error('the forum could not be read');
const draft = generateDraft(sources, outcomeLabelsEn);

describe('the first draft of a full-day forum', () => {
  it('fills every section within the template’s limits', () => {
    expect(checkDocument(draft).filter((check) => check.warning)).toEqual([]);
  });

  it('leads the key issues with the top clusters, naming their barriers and votes', () => {
    const clusters = draft.keyIssues.filter((line) => / contributions, with \d+ votes, for instance /.test(line));
    expect(clusters.length).toBeGreaterThanOrEqual(4);
    expect(draft.keyIssues[0]).toMatch(/^[A-Z][^:]+ \((Data and infrastructure|Human resource capacity|Cultural and organisational)\): raised in \d+ contributions, with \d+ votes/);
    const votes = clusters.map((line) => Number(/with (\d+) votes/.exec(line)?.[1]));
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
  });

  it('neither quotes nor counts a card the facilitator held back, unless asked to', () => {
    expect(JSON.stringify(draft)).not.toContain(forum.heldCardText);
    const contributions = (lines: string[]) => Number(/^Data sharing between ministries .*raised in (\d+) contributions/.exec(lines.find((line) => line.startsWith('Data sharing')) ?? '')?.[1]);
    expect(contributions(draft.keyIssues)).toBeGreaterThan(20);
    const withHeld = generateDraft(sources, outcomeLabelsEn, { includeHeld: true });
    expect(contributions(withHeld.keyIssues)).toBe(contributions(draft.keyIssues) + 1);
  });

  it('draws tangible outcomes from the agreed roadmap, with a single line on attendance', () => {
    const attendance = draft.outcomes.filter((line) => /took part/.test(line));
    expect(attendance).toHaveLength(1);
    expect(attendance[0]).toMatch(/^120 people took part: 82 in the room, 34 online and 4 whose mode was not recorded; among them (48 men, 48 women|48 women, 48 men) and 24 who preferred not to say$/);
    const decisions = draft.outcomes.filter((line) => line.startsWith('Agreed by the room: '));
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    for (const line of decisions) expect(forum.agreedTitles.some((title) => line.includes(title))).toBe(true);
    expect(draft.outcomes.join('\n')).not.toMatch(/By gender|By stakeholder group|agenda parts/);
  });

  it('makes an action plan of agreed items, each with its owner and horizon', () => {
    expect(draft.plan).toHaveLength(5);
    for (const line of draft.plan) {
      expect(line).toMatch(/^(Ministry of ICT and Innovation|Rwanda Utilities Regulatory Authority|University of Rwanda|UNESCO field office|Civil society network|County governments): .+ \((Year 1|Year 2|Later)/);
      expect(forum.agreedTitles.some((title) => line.includes(title))).toBe(true);
    }
  });
});
