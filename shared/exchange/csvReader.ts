import type { Refusal } from '../activities/outcome';

/**
 * The one CSV reader: an RFC 4180 reader for sheets as spreadsheets export them (sign-up
 * sheets, roadmap imports) and for the app's own exports (exchange/csv.ts). Fields in double quotes
 * may hold the delimiter, line breaks and doubled quotes (""); lines end in CRLF, LF or CR; a
 * UTF-8 byte-order mark is dropped. Spreadsheets in French and other locales that write the
 * decimal comma use ";" between fields, so the delimiter is detected from the header line
 * unless given. Broken quoting is refused whole with the line where it happened: guessing what
 * a broken file meant could shift every column of every later row.
 */
export type CsvDelimiter = ',' | ';' | '\t';

export type CsvRow = {
  /** 1-based line of the file where the record starts (records can span lines). */
  line: number;
  cells: string[];
};

export type CsvRefusalCode = 'csv.empty' | 'csv.tooLarge' | 'csv.unclosedQuote' | 'csv.textAfterQuote' | 'csv.quoteInField';

export type CsvResult = { ok: true; delimiter: CsvDelimiter; rows: CsvRow[] } | { ok: false; refusal: Refusal<CsvRefusalCode> };

/** About 50,000 sign-ups of a few hundred characters: far beyond any workshop. */
export const csvMaxChars = 10_000_000;

/** Picks the delimiter that occurs most in the first record outside quotes; comma on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export type CsvReadOptions = {
  /** The delimiter; detected from the first record when not given. */
  delimiter?: CsvDelimiter;
  /** Keep rows whose cells are all empty (an export's rows are data even when empty). */
  keepBlankRows?: boolean;
};

export function parseCsv(input: string, options: CsvReadOptions = {}): CsvResult {
  if (input.length > csvMaxChars) return { ok: false, refusal: { code: 'csv.tooLarge', limit: csvMaxChars } };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: CsvRow[] = [];
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let field = '';
  // Set after a quoted field closes, so that `""` still counts as a (empty) field.
  let quotedDone = false;
  let i = 0;
  const fail = (code: CsvRefusalCode, at: number): CsvResult => ({ ok: false, refusal: { code, line: at } });
  const endRow = () => {
    cells.push(field);
    // Blank lines and rows of empty cells (";;;" left by a spreadsheet) carry nothing in a sheet.
    if (options.keepBlankRows || cells.some((cell) => cell.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    quotedDone = false;
  };
  // Consumes a line break at i (CRLF, LF or CR); returns whether there was one.
  const lineBreak = (): boolean => {
    const char = text[i];
    if (char === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
    } else if (char === '\n') {
      i += 1;
    } else {
      return false;
    }
    line += 1;
    return true;
  };

  while (i < text.length) {
    if (field === '' && !quotedDone && text[i] === '"') {
      // A quoted field: runs to the next lone quote, taking delimiters and line breaks as text.
      const openedAt = line;
      i += 1;
      for (;;) {
        if (i >= text.length) return fail('csv.unclosedQuote', openedAt);
        const char = text[i] as string;
        if (char === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (char === '\r' || char === '\n') {
          field += char === '\r' && text[i + 1] === '\n' ? '\r\n' : char;
          lineBreak();
          continue;
        }
        field += char;
        i += 1;
      }
      // After the closing quote only a delimiter, a line break or the end may follow.
      if (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') return fail('csv.textAfterQuote', line);
      quotedDone = true;
      continue;
    }
    const char = text[i] as string;
    if (char === delimiter) {
      cells.push(field);
      field = '';
      quotedDone = false;
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRow();
      lineBreak();
      rowLine = line;
    } else if (char === '"') {
      return fail('csv.quoteInField', line);
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || quotedDone || cells.length > 0) endRow();
  if (rows.length === 0) return { ok: false, refusal: { code: 'csv.empty' } };
  return { ok: true, delimiter, rows };
}
