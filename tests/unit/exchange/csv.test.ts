import { describe, expect, it } from 'vitest';
import { encodeCsv, encodeCsvBytes, parseCsv } from '../../../shared/exchange/csv';
import { cardsCsv, participantsCsv, questionsCsv, roadmapCsv } from '../../../shared/exchange/datasets';
import { forumSources, participants } from '../../fixtures/outcomeSources';

describe('CSV export', () => {
  const tricky = [
    ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'crlf\r\ninside'],
    ['ليلى حداد', 'José Álvarez', 'Zoë Müller', 'naïve café', '  padded  '],
    [1, -2.5, true, null, undefined],
  ];

  it('reads back exactly what it wrote: commas, quotes, line breaks, Arabic and accents', () => {
    const parsed = parseCsv(encodeCsv(tricky));
    expect(parsed).toEqual([tricky[0], tricky[1], ['1', '-2.5', 'true', '', '']]);
  });

  it('quotes only the fields that need it and doubles inner quotes', () => {
    expect(encodeCsv([['a', 'b,c', 'say "hi"']], { bom: false })).toBe('a,"b,c","say ""hi"""\r\n');
  });

  it('starts with a UTF-8 byte order mark so Excel reads Arabic correctly', () => {
    const bytes = encodeCsvBytes([['ليلى']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('ليلى\r\n');
  });

  it('turns a would-be spreadsheet formula into plain text, and can undo that on reading', () => {
    const attack = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd'];
    const text = encodeCsv([attack]);
    const raw = parseCsv(text)[0] ?? [];
    expect(raw.every((cell) => cell.startsWith("'"))).toBe(true);
    expect(parseCsv(text, { unguard: true })[0]).toEqual(attack);
  });

  it('leaves numbers alone, even negative ones', () => {
    expect(encodeCsv([[-5, 0, 3.25]], { bom: false })).toBe('-5,0,3.25\r\n');
  });

  it('parses files typed by hand: LF line ends, no final newline, empty fields', () => {
    expect(parseCsv('a,b\n"x\ny",\n,')).toEqual([['a', 'b'], ['x\ny', ''], ['', '']]);
  });
});

describe('data tables', () => {
  it('lists participants with names and emails by default', () => {
    const rows = parseCsv(participantsCsv(participants()));
    expect(rows[0]).toEqual(['name', 'email', 'organisation', 'country', 'mode', 'gender', 'stakeholder_group']);
    expect(rows[2]?.[0]).toBe('José Álvarez, "Pepe"');
    expect(rows[4]?.[0]).toBe('Zoë Müller\nSecond line');
  });

  it('leaves out every name, email and affiliation under the Chatham House option', () => {
    const people = participants();
    const text = participantsCsv(people, { chathamHouse: true });
    const identifying = people.flatMap((person) => [person.name, person.email, person.organisation, person.id, person.country ?? '']);
    for (const value of identifying) expect(text).not.toContain(value);
    expect(text).not.toMatch(/@/);
    const rows = parseCsv(text);
    // No single word of a name survives either, in any cell.
    const words = new Set(people.flatMap((person) => person.name.split(/[\s,"]+/)).filter((word) => word !== ''));
    for (const cell of rows.flat()) for (const word of cell.split(/\s+/)) expect(words.has(word)).toBe(false);
    expect(rows[0]).toEqual(['mode', 'gender', 'stakeholder_group']);
    expect(rows).toHaveLength(people.length + 1);
  });

  it('drops who asked a question under the Chatham House option', () => {
    const questions = [{ id: 'q1', text: 'When?', votes: 3, answered: false, askedBy: 'Amina Wanjiru' }];
    expect(questionsCsv(questions)).toContain('Amina Wanjiru');
    expect(questionsCsv(questions, { chathamHouse: true })).not.toContain('Amina');
  });

  it('names each card’s cluster and skips withdrawn cards', () => {
    const { cards, clusters } = forumSources();
    const rows = parseCsv(cardsCsv(cards, clusters));
    expect(rows.find((row) => row[0] === 'k1')?.[3]).toBe('Data sharing between ministries');
    expect(rows.some((row) => row[0] === 'k9')).toBe(false);
  });

  it('keeps a roadmap item’s comments in one cell, one per line', () => {
    const items = [{ id: 'r', title: 'Plan', status: 'agreed' as const, horizon: 'year 1', votes: 2, comments: ['first', 'second, with comma'] }];
    expect(parseCsv(roadmapCsv(items))[1]?.[5]).toBe('first\nsecond, with comma');
  });

  it('adds the source workshop to rows of a combined dataset', () => {
    const source = { workshopId: 'w2', workshopTitle: 'Kigali session' };
    const rows = parseCsv(participantsCsv(participants().map((row) => ({ ...row, source })), { chathamHouse: true }));
    expect(rows[0]).toEqual(['mode', 'gender', 'stakeholder_group', 'source_workshop_id', 'source_workshop_title']);
    expect(rows[1]?.slice(3)).toEqual(['w2', 'Kigali session']);
  });
});
