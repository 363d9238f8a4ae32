import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCsv } from '../../../shared/exchange/csv';
import { registerSelf } from '../../../shared/attendance/register';
import { rateCompetency } from '../../../shared/competencies/assessment';
import { groupProgress, smallGroupLimit } from '../../../shared/programme/groupProgress';
import { workshopProgress } from '../../../shared/programme/progress';
import { progressCsv } from '../../../shared/programme/progressCsv';
import { programmeSummary } from '../../../shared/programme/summary';
import { summaryBlocks } from '../../../shared/programme/summaryBlocks';
import { summaryHtml } from '../../../shared/programme/summaryExport';
import { englishLabel } from '../../../shared/exchange/labelKeys';
import { trainingDoc } from '../../fixtures/programmeTrainings';

const nairobi = trainingDoc({ id: 'nairobi', title: 'Nairobi training', date: '2026-03-10', venue: 'Nairobi', participants: 40, seed: 1, gain: 1, womenGain: 0 });
const kigali = trainingDoc({ id: 'kigali', title: 'Kigali training', date: '2026-01-20', venue: 'Kigali', participants: 24, seed: 2, gain: 0.5, insights: false });
const words = { language: 'en', direction: 'ltr' as const, translate: englishLabel };

describe('a workshop’s progress', () => {
  const progress = workshopProgress(nairobi);

  it('counts who rated in each round and who voted, from the register and the rounds', () => {
    expect(progress).toMatchObject({ workshopId: 'nairobi', title: 'Nairobi training', date: '2026-03-10', venue: 'Nairobi', attendance: 38, priorityVoters: 40 });
    // Four of forty left before the last part.
    expect(progress.respondents).toEqual({ before: 40, after: 36 });
    expect(progress.competencies).toHaveLength(14);
    expect(progress.competencies.reduce((sum, item) => sum + item.dots, 0)).toBeLessThanOrEqual(120);
    const shares = progress.competencies.reduce((sum, item) => sum + (item.share ?? 0), 0);
    expect(shares).toBeCloseTo(1, 6);
  });

  it('gives each competency its before and after means and the change, paired on the people who rated twice', () => {
    for (const item of progress.competencies) {
      expect(item.before.count).toBe(40);
      expect(item.after.count).toBe(36);
      expect(item.delta).toBeCloseTo((item.after.mean ?? 0) - (item.before.mean ?? 0), 9);
      expect(item.paired?.count).toBe(36);
    }
    // The room as a whole rose (men and others by a level, women not at all).
    const mean = progress.competencies.reduce((sum, item) => sum + (item.delta ?? 0), 0) / 14;
    expect(mean).toBeGreaterThan(0.3);
  });

  it('shows the women whose levels did not move, where the room’s mean rose', () => {
    const women = progress.groups.find((group) => group.dimension === 'gender' && group.key === 'woman');
    const men = progress.groups.find((group) => group.dimension === 'gender' && group.key === 'man');
    expect(Math.abs(women?.delta ?? 9)).toBeLessThan(0.2);
    expect(men?.delta).toBeGreaterThan(0.6);
    // Two people rated without a register row: counted, as "not recorded", never guessed.
    const unknown = progress.groups.find((group) => group.dimension === 'gender' && group.key === 'notRecorded');
    expect(unknown?.before.count).toBe(2);
    expect(unknown?.before.mean).toBeUndefined();
    expect(unknown?.withheld).toBe(true);
  });

  it('has the workshop’s ten insights profile, and none where the check did not run', () => {
    expect(progress.insights?.respondents).toBe(40);
    expect(progress.insights?.rows).toHaveLength(10);
    expect(workshopProgress(kigali).insights).toBeUndefined();
  });

  it('reads an empty workshop as zeroes, not as an error', () => {
    const empty = workshopProgress(new Y.Doc());
    expect(empty.respondents).toEqual({ before: 0, after: 0 });
    expect(empty.competencies.every((item) => item.delta === undefined && item.share === undefined)).toBe(true);
    expect(empty.groups).toEqual([]);
  });
});

describe('progress by gender and group', () => {
  it(`withholds the levels of a group with fewer than ${smallGroupLimit} people in a round, and keeps its count`, () => {
    const doc = new Y.Doc();
    const people = [
      ['a', 'woman', 'media'],
      ['b', 'woman', 'government'],
      ['c', 'woman', 'government'],
      ['d', 'man', 'government'],
    ] as const;
    for (const [id, gender, group] of people) {
      registerSelf(doc, id, { name: id, gender, group }, 1);
      rateCompetency(doc, 'before', id, 'systemsThinking', 2, 1);
      rateCompetency(doc, 'before', id, 'digitalLiteracy', 4, 1);
      rateCompetency(doc, 'after', id, 'systemsThinking', 4, 2);
    }
    const before = new Map([...'abcd'].map((id) => [id, { systemsThinking: 2, digitalLiteracy: 4 } as const]));
    const after = new Map([...'abcd'].map((id) => [id, { systemsThinking: 4 } as const]));
    const rows = groupProgress(
      people.map(([id, gender, group]) => ({ id, name: id, gender, group, organisation: '', country: '', emailConsent: false, createdAt: 1, source: 'self' as const })),
      before,
      after,
    );
    const women = rows.find((row) => row.key === 'woman');
    // Each person's own mean counts once: (2 + 4) / 2 = 3 before, 4 after.
    expect(women).toMatchObject({ before: { count: 3, mean: 3 }, after: { count: 3, mean: 4 }, delta: 1, withheld: false });
    expect(rows.find((row) => row.key === 'man')).toMatchObject({ before: { count: 1, mean: undefined }, delta: undefined, withheld: true });
    expect(rows.find((row) => row.key === 'media')).toMatchObject({ dimension: 'group', before: { count: 1 }, withheld: true });
    expect(rows.find((row) => row.key === 'government')).toMatchObject({ before: { count: 3, mean: 3 }, withheld: false });
  });
});

describe('the programme’s summary', () => {
  const summary = programmeSummary([workshopProgress(nairobi), workshopProgress(kigali)]);

  it('orders the workshops by date and adds up who came and who rated', () => {
    expect(summary.workshops.map((row) => row.workshopId)).toEqual(['kigali', 'nairobi']);
    expect(summary.attendance).toBe(38 + 23);
    expect(summary.respondents.before).toBe(64);
  });

  it('pools each competency weighted by the people behind it, and counts the workshops where it rose', () => {
    const [first] = summary.competencies;
    const [k, n] = summary.workshops.map((row) => row.competencies[0]!);
    const expected = ((k!.before.mean ?? 0) * k!.before.count + (n!.before.mean ?? 0) * n!.before.count) / (k!.before.count + n!.before.count);
    expect(first?.before.mean).toBeCloseTo(expected, 9);
    expect(first?.compared).toBe(2);
    expect(first?.improved).toBeLessThanOrEqual(2);
  });

  it('pools the ten insights over the workshops that ran the check only', () => {
    expect(summary.insights?.workshops).toBe(1);
    expect(summary.insights?.respondents).toBe(40);
    const leadership = summary.insights?.rows[0];
    expect((leadership?.rated ?? 0) + (leadership?.dontKnow ?? 0)).toBe(40);
  });

  it('keeps a group withheld in a workshop out of the pooled levels, and says so', () => {
    const unknown = summary.groups.find((group) => group.dimension === 'gender' && group.key === 'notRecorded');
    expect(unknown?.withheldSomewhere).toBe(true);
    expect(unknown?.before.count).toBe(3);
    expect(unknown?.before.mean).toBeUndefined();
    const blocks = summaryBlocks('Digital capacity trainings 2026', summary, words);
    expect(blocks[0]).toEqual({ type: 'title', text: 'Programme summary: Digital capacity trainings 2026' });
    expect(blocks).toContainEqual({ type: 'paragraph', text: expect.stringContaining('fewer than 3 people') });
  });

  it('prints as one page in the report’s style, escaping what people typed', () => {
    const html = summaryHtml('<b>Trainings</b>', summary, words);
    expect(html).toContain('&lt;b&gt;Trainings&lt;/b&gt;');
    expect(html).toContain('<table class="grid compact">');
    expect(html).toContain('Systems thinking');
  });
});

describe('the progress CSV', () => {
  const doc = trainingDoc({ id: 'dakar', title: '=HYPERLINK("x")', date: '2026-05-02', venue: '-Dakar', participants: 12, seed: 3, gain: 1 });
  const rows = parseCsv(progressCsv([workshopProgress(doc)]));
  const [header = [], ...body] = rows;
  const column = (name: string) => header.indexOf(name);

  it('has stable keys with their words beside them, one row per workshop and measured thing', () => {
    expect(header.slice(0, 8)).toEqual(['workshop_id', 'workshop', 'workshop_date', 'place', 'section', 'section (label)', 'item', 'item (label)']);
    const sections = body.map((row) => row[column('section')]);
    expect(sections.filter((section) => section === 'competency')).toHaveLength(14);
    expect(sections.filter((section) => section === 'insight')).toHaveLength(10);
    const literacy = body.find((row) => row[column('item')] === 'digitalLiteracy');
    expect(literacy?.[column('item (label)')]).toBe('Digital literacy');
    expect(literacy?.[column('domain')]).toBe('dataGovernance');
    expect(literacy?.[column('section (label)')]).toBe('Competency');
    const women = body.find((row) => row[column('section')] === 'gender' && row[column('item')] === 'woman');
    expect(women?.[column('item (label)')]).toBe('Woman');
  });

  it('guards only the free text people typed, never keys or numbers', () => {
    const first = body[0] ?? [];
    expect(first[column('workshop')]).toBe('\'=HYPERLINK("x")');
    expect(first[column('place')]).toBe("'-Dakar");
    const changes = body.map((row) => row[column('change')]).filter((cell) => cell?.startsWith('-'));
    // A fall in level is a number, written as one.
    for (const cell of changes) expect(cell).toMatch(/^-\d/);
  });
});
