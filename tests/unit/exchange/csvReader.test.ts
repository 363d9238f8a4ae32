import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../shared/exchange/csvReader';

const cells = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.rows.map((row) => row.cells);
};

describe('reading CSV files', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(cells('name,note\r\n"Doe, Jane","She said ""hi""\nand left"\r\nBob,x\r\n')).toEqual([
      ['name', 'note'],
      ['Doe, Jane', 'She said "hi"\nand left'],
      ['Bob', 'x'],
    ]);
  });

  it('numbers rows by the line they start on, even after multi-line fields', () => {
    const result = parseCsv('a,b\n"1\n2",x\n\nlast,y');
    expect(result.ok && result.rows.map((row) => row.line)).toEqual([1, 2, 5]);
  });

  it('drops a byte-order mark and reads semicolon sheets from French-locale spreadsheets', () => {
    const result = parseCsv('\uFEFFNom;Organisation;Genre\r\n"Diallo; Awa";Ministère;F\r\n');
    expect(result).toMatchObject({ ok: true, delimiter: ';' });
    expect(result.ok && result.rows[1]?.cells).toEqual(['Diallo; Awa', 'Ministère', 'F']);
  });

  it('detects tabs, and prefers the comma on a tie', () => {
    expect(detectDelimiter('a\tb\tc\n1,2')).toBe('\t');
    expect(detectDelimiter('a;b,c')).toBe(',');
  });

  it('keeps empty and quoted-empty fields in place and skips blank lines', () => {
    expect(cells('a,,"",d\n\n;;\n,\n')).toEqual([['a', '', '', 'd'], [';;']]);
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    expect(parseCsv('name,org\nAmina,"Ministry\nKofi,NGO\n')).toEqual({ ok: false, refusal: { code: 'csv.unclosedQuote', line: 2 } });
  });

  it('refuses text after a closing quote and a stray quote inside a field, with their lines', () => {
    expect(parseCsv('a,b\n"x"y,z')).toEqual({ ok: false, refusal: { code: 'csv.textAfterQuote', line: 2 } });
    expect(parseCsv('a,b\nc,d\n12" pipe,z')).toEqual({ ok: false, refusal: { code: 'csv.quoteInField', line: 3 } });
  });

  it('refuses a file with nothing in it', () => {
    expect(parseCsv('\uFEFF\r\n\r\n')).toEqual({ ok: false, refusal: { code: 'csv.empty' } });
  });
});
