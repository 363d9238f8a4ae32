import { encodeUtf8 } from 'lib0/string';

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
 * Reads CSV back into rows of strings. Accepts CRLF or LF line ends, a leading BOM, and quoted
 * fields spanning lines; a final line break does not make an empty last row. Used to check
 * exports and to read simple lists (such as a participant register) typed in a spreadsheet.
 */
export function parseCsv(text: string, options: ParseOptions = {}): string[][] {
  const source = text.startsWith(bomChar) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(options.unguard ? unguard(field) : field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (source[i + 1] === '\n') i++;
      endRow();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}

function unguard(field: string): string {
  return field.startsWith("'") && formulaStart.test(field.slice(1)) ? field.slice(1) : field;
}
