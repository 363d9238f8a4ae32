import { encodeUtf8 } from 'lib0/string';
import { parseCsv as readCsv } from './csvReader';

/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF, and a field that
 * holds a comma, a double quote or a line break wrapped in double quotes (a quote inside is
 * doubled). Two additions for the people who will open these files in a spreadsheet:
 *
 * - A UTF-8 byte order mark first. Excel reads a BOM-less CSV in the machine's legacy code page,
 *   which turns Arabic names and accented letters into mojibake; with the BOM it reads UTF-8.
 * - Formula guard. Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`,
 *   `-` or `@` (and some treat a leading tab or carriage return the same way) as a formula, so a
 *   participant's card could carry a live formula into the organiser's spreadsheet. Such text
 *   cells get a leading apostrophe, which spreadsheets show as plain text. The choice costs a
 *   visible apostrophe on text like "-5% budget" and is the one OWASP recommends. Numbers
 *   passed as numbers are never guarded: a negative count is data, not a formula.
 *   `parseCsv(text, { unguard: true })` removes the apostrophe again.
 */
export type CsvCell = string | number | boolean | null | undefined;

export type CsvOptions = {
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
  /** Neutralise cells that a spreadsheet would run as formulas (default true). */
  guardFormulas?: boolean;
};

const bomChar = '\uFEFF';
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function encodeCell(cell: CsvCell, guardFormulas = true): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = typeof cell === 'boolean' ? (cell ? 'true' : 'false') : cell;
  if (guardFormulas && formulaStart.test(text)) text = `'${text}`;
  // Leading or trailing spaces are quoted too: some readers trim unquoted fields.
  return needsQuotes.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function encodeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const body = rows.map((row) => row.map((cell) => encodeCell(cell, guard)).join(',')).join('\r\n');
  return `${options.bom === false ? '' : bomChar}${body}${rows.length > 0 ? '\r\n' : ''}`;
}

/** The CSV as UTF-8 bytes, ready for a save dialog or a download. */
export function encodeCsvBytes(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): Uint8Array {
  return encodeUtf8(encodeCsv(rows, options));
}

export type ParseOptions = {
  /** Remove the apostrophe the formula guard added (default false: read the file as it is). */
  unguard?: boolean;
};

/**
 * Reads one of these files back into rows of strings, every row kept (csvReader.ts does the
 * reading). Used to check exports and to read simple lists typed in a spreadsheet. A file no
 * reader can make sense of (an unclosed quote) throws: an export must never be one.
 */
export function parseCsv(text: string, options: ParseOptions = {}): string[][] {
  const read = readCsv(text, { delimiter: ',', keepBlankRows: true });
  if (!read.ok) {
    if (read.refusal.code === 'csv.empty') return [];
    throw new Error(`not a CSV file: ${read.refusal.code}${read.refusal.line ? ` at line ${read.refusal.line}` : ''}`);
  }
  return read.rows.map((row) => (options.unguard ? row.cells.map(unguard) : row.cells));
}

function unguard(field: string): string {
  return field.startsWith("'") && formulaStart.test(field.slice(1)) ? field.slice(1) : field;
}
