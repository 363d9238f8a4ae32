import { describe, expect, it } from 'vitest';
import { encodeCsv, encodeCsvBytes, parseCsv } from '../../../shared/exchange/csv';
import { cardsCsv, competencyCsv, participantsCsv, questionsCsv, roadmapCsv } from '../../../shared/exchange/datasets';
import { forumSources, participants } from '../../fixtures/outcomeSources';

/** The cell under `header` in each data row: tests read columns by name, as a script would. */
function column(rows: string[][], header: string): string[] {
  const index = rows[0]?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`no column ${header}`);
  return rows.slice(1).map((row) => row[index] ?? '');
}

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
    expect(rows[0]).toEqual(['name', 'email', 'organisation', 'country', 'mode', 'mode (label)', 'gender', 'gender (label)', 'stakeholder_group', 'stakeholder_group (label)']);
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
    expect(rows[0]).toEqual(['mode', 'mode (label)', 'gender', 'gender (label)', 'stakeholder_group', 'stakeholder_group (label)']);
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
    expect(column(rows, 'cluster')[column(rows, 'card_id').indexOf('k1')]).toBe('Data sharing between ministries');
    expect(rows.some((row) => row[0] === 'k9')).toBe(false);
  });

  it('keeps a roadmap item’s comments in one cell, one per line', () => {
    const items = [{ id: 'r', title: 'Plan', status: 'agreed' as const, horizon: 'year 1', votes: 2, comments: ['first', 'second, with comma'] }];
    expect(column(parseCsv(roadmapCsv(items)), 'comments')).toEqual(['first\nsecond, with comma']);
  });

  it('adds the source workshop to rows of a combined dataset', () => {
    const source = { workshopId: 'w2', workshopTitle: 'Kigali session' };
    const rows = parseCsv(participantsCsv(participants().map((row) => ({ ...row, source })), { chathamHouse: true }));
    expect(rows[0]?.slice(-2)).toEqual(['source_workshop_id', 'source_workshop_title']);
    expect(rows[1]?.slice(-2)).toEqual(['w2', 'Kigali session']);
  });

  it('puts the words beside each stable key: “Civil society” beside civilSociety, “Not recorded” for a blank', () => {
    const people = [
      { id: 'a', name: 'A', email: '', organisation: '', gender: 'woman', group: 'civilSociety', mode: 'online' as const },
      { id: 'b', name: 'B', email: '', organisation: '', gender: '', group: 'technicalCommunity', mode: '' as const },
    ];
    const rows = parseCsv(participantsCsv(people));
    expect(column(rows, 'stakeholder_group')).toEqual(['civilSociety', 'technicalCommunity']);
    expect(column(rows, 'stakeholder_group (label)')).toEqual(['Civil society', 'Technical community']);
    expect(column(rows, 'gender (label)')).toEqual(['Woman', 'Not recorded']);
    expect(column(rows, 'mode (label)')).toEqual(['Online', 'Not recorded']);
    const translated = parseCsv(participantsCsv(people, { translate: (key) => (key === 'attendance.groups.civilSociety' ? 'Société civile' : key) }));
    expect(column(translated, 'stakeholder_group (label)')[0]).toBe('Société civile');
  });

  it('guards free text against formulas but never an id, so a card id starting with “-” matches the JSON', () => {
    const cards = [{ id: '-Xa9', text: '=HYPERLINK("http://evil")', votes: 2 }];
    const rows = parseCsv(cardsCsv(cards, []));
    expect(column(rows, 'card_id')).toEqual(['-Xa9']);
    expect(column(rows, 'text')).toEqual(['\'=HYPERLINK("http://evil")']);
    expect(column(rows, 'votes')).toEqual(['2']);
  });

  it('keeps a merged card’s words, its barrier and whether it was held back', () => {
    const cards = [{ id: 'k', text: 'No shared IDs', votes: 4, category: 'dataInfrastructure', categoryLabel: 'Data and infrastructure', held: true, merged: ['Each ministry numbers people its own way'] }];
    const rows = parseCsv(cardsCsv(cards, []));
    expect(column(rows, 'merged_text')).toEqual(['Each ministry numbers people its own way']);
    expect(column(rows, 'category')).toEqual(['dataInfrastructure']);
    expect(column(rows, 'category (label)')).toEqual(['Data and infrastructure']);
    expect(column(rows, 'held_back')).toEqual(['true']);
  });

  it('lists a roadmap item’s owner, description, status and horizon in words, and its linked challenges', () => {
    const items = [
      { id: '-r1', title: 'Train county champions', status: 'agreed' as const, horizon: 'Year 1, first half', horizonKey: 'y1h1', votes: 12, owner: 'Ministry of ICT', description: 'Two per county', challengeIds: ['k1'], challenges: ['Clerks never trained'] },
    ];
    const rows = parseCsv(roadmapCsv(items));
    expect(column(rows, 'item_id')).toEqual(['-r1']);
    expect(column(rows, 'owner')).toEqual(['Ministry of ICT']);
    expect(column(rows, 'description')).toEqual(['Two per county']);
    expect(column(rows, 'status (label)')).toEqual(['Agreed']);
    expect(column(rows, 'horizon')).toEqual(['y1h1']);
    expect(column(rows, 'horizon (label)')).toEqual(['Year 1, first half']);
    expect(column(rows, 'linked_challenges')).toEqual(['Clerks never trained']);
  });

  it('rounds competency means to two decimals', () => {
    const rows = parseCsv(competencyCsv([{ competencyId: 'aiFundamentals', domainId: 'dataGovernance', competency: 'AI fundamentals', domain: 'Data use and governance', before: 10 / 3, after: 3.999, respondents: 3 }]));
    expect(column(rows, 'before')).toEqual(['3.33']);
    expect(column(rows, 'after')).toEqual(['4']);
    expect(column(rows, 'change')).toEqual(['0.67']);
    expect(column(rows, 'competency_id')).toEqual(['aiFundamentals']);
  });
});
