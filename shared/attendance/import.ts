import type * as Y from 'yjs';
import type { Outcome, Refusal } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { localEdit } from '../workshop/doc';
import type { CsvDelimiter, CsvRefusalCode, CsvRow } from '../exchange/csvReader';
import { parseCsv } from '../exchange/csvReader';
import type { ColumnMapping, ImportField } from './mapping';
import { mappingHasName, suggestMapping } from './mapping';
import { fold, normaliseConsent, normaliseGender, normaliseGroup, normaliseMode } from './normalise';
import type { CheckedParticipant, ParticipantInput } from './register';
import { checkParticipant, readParticipants, writeParticipants } from './register';

/**
 * Importing a sign-up sheet, in two steps the screen mirrors: preview (parse, suggest a mapping,
 * show the headers) and import (check every row, add the good ones, report the rest). A file
 * that cannot be read as a whole (broken quoting, no name column) is refused before anything is
 * written; otherwise good rows are added in one transaction and every other row is reported with
 * its line and the reason. Nothing already in the register is ever changed by an import.
 */
export type ImportRefusalCode = CsvRefusalCode | 'import.noNameColumn' | 'import.noRows' | 'import.columnOutOfRange';

export type ImportPreview = {
  delimiter: CsvDelimiter;
  headers: string[];
  suggested: ColumnMapping;
  /** Data rows (the header excluded). */
  rowCount: number;
  /** The first few data rows, to show beside the mapping. */
  sample: CsvRow[];
};

export function previewImport(text: string, sampleSize = 5): Outcome<ImportPreview, ImportRefusalCode> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.rows;
  const headers = (header?.cells ?? []).map((cell) => cell.trim());
  return accept({ delimiter: parsed.delimiter, headers, suggested: suggestMapping(headers), rowCount: rows.length, sample: rows.slice(0, sampleSize) });
}

export type RowRefusalCode =
  | 'import.nameMissing'
  | 'import.nameTooLong'
  | 'import.organisationTooLong'
  | 'import.countryTooLong'
  | 'import.badEmail'
  | 'import.badGroup'
  | 'import.badGender'
  | 'import.badMode'
  | 'import.badConsent'
  | 'import.extraCells'
  | 'import.duplicate';

/** One row that was not imported: its line in the file, the reason, and what to look at. */
export type RejectedRow = Refusal<RowRefusalCode> & { line: number };
/** Imported, but with something left out: an email without consent is not kept. */
export type RowWarning = { line: number; code: 'import.emailDropped' };

export type ImportPlan = { accepted: { line: number; entry: CheckedParticipant }[]; rejected: RejectedRow[]; warnings: RowWarning[] };

const participantToRow: Record<string, RowRefusalCode> = {
  'participants.nameMissing': 'import.nameMissing',
  'participants.nameTooLong': 'import.nameTooLong',
  'participants.organisationTooLong': 'import.organisationTooLong',
  'participants.countryTooLong': 'import.countryTooLong',
  'participants.badEmail': 'import.badEmail',
};

/** Identity used to spot the same person twice: folded name and organisation. */
export function personKey(p: { name: string; organisation: string }): string {
  return `${fold(p.name)}|${fold(p.organisation)}`;
}

/**
 * Checks every data row against the mapping, without writing. Rows matching someone already in
 * the register (or earlier in the file) are rejected as duplicates, so importing the same sheet
 * twice adds nobody twice.
 */
export function planImport(rows: readonly CsvRow[], mapping: ColumnMapping, options: { columns?: number; existing?: readonly { name: string; organisation: string }[] } = {}): ImportPlan {
  const seen = new Set((options.existing ?? []).map(personKey));
  const plan: ImportPlan = { accepted: [], rejected: [], warnings: [] };
  const columns = options.columns ?? Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const cell = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? '' : (row.cells[column] ?? '').trim();
    };
    const reject = (code: RowRefusalCode, params: Omit<Refusal, 'code'> = {}) => plan.rejected.push({ ...params, code, line: row.line });
    // More filled cells than the header has columns: usually an unquoted comma inside a field,
    // which shifts every later cell of the row into the wrong column.
    if (row.cells.slice(columns).some((extra) => extra.trim() !== '')) {
      reject('import.extraCells', { cells: row.cells.length, expected: columns });
      continue;
    }
    const group = normaliseGroup(cell('group'));
    if (group === 'unrecognised') {
      reject('import.badGroup', { value: cell('group') });
      continue;
    }
    const gender = normaliseGender(cell('gender'));
    if (gender === 'unrecognised') {
      reject('import.badGender', { value: cell('gender') });
      continue;
    }
    const mode = normaliseMode(cell('mode'));
    if (mode === 'unrecognised') {
      reject('import.badMode', { value: cell('mode') });
      continue;
    }
    const consent = normaliseConsent(cell('consent'));
    if (consent === 'unrecognised') {
      reject('import.badConsent', { value: cell('consent') });
      continue;
    }
    const name = cell('name') || [cell('givenName'), cell('familyName')].filter(Boolean).join(' ');
    let email = cell('email');
    if (email !== '' && !consent) {
      plan.warnings.push({ line: row.line, code: 'import.emailDropped' });
      email = '';
    }
    const input: ParticipantInput = { name, organisation: cell('organisation'), country: cell('country'), group, gender, mode, email, emailConsent: consent };
    const checked = checkParticipant(input);
    if (!checked.ok) {
      const { code, ...params } = checked.refusal;
      reject(participantToRow[code] ?? 'import.nameMissing', params as Omit<Refusal, 'code'>);
      continue;
    }
    const key = personKey(checked.value);
    if (seen.has(key)) {
      reject('import.duplicate', { name: checked.value.name });
      continue;
    }
    seen.add(key);
    plan.accepted.push({ line: row.line, entry: checked.value });
  }
  return plan;
}

export type ImportReport = {
  /** Ids of the participants added, in file order. */
  added: string[];
  rejected: RejectedRow[];
  warnings: RowWarning[];
  /** Data rows read (header excluded, blank lines skipped). */
  rowCount: number;
};

/** Parses, checks and imports a sheet with the confirmed mapping. */
export function importParticipants(doc: Y.Doc, text: string, mapping: ColumnMapping, now: number): Outcome<ImportReport, ImportRefusalCode> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  if (!mappingHasName(mapping)) return refuse('import.noNameColumn');
  const [header, ...rows] = parsed.rows;
  const columns = header?.cells.length ?? 0;
  const outOfRange = Object.entries(mapping).find(([, column]) => column < 0 || column >= columns);
  if (outOfRange) return refuse('import.columnOutOfRange', { field: outOfRange[0], column: outOfRange[1] });
  if (rows.length === 0) return refuse('import.noRows');
  const plan = planImport(rows, mapping, { columns, existing: readParticipants(doc).participants });
  let added: string[] = [];
  if (plan.accepted.length > 0) {
    doc.transact(() => {
      added = writeParticipants(
        doc,
        plan.accepted.map((row) => row.entry),
        now,
        'import',
      );
    }, localEdit);
  }
  return accept({ added, rejected: plan.rejected, warnings: plan.warnings, rowCount: rows.length });
}
