import type * as Y from 'yjs';
import type { Actor, Outcome, Refusal } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseCsv } from '../exchange/csvReader';
import type { Horizon } from './horizons';
import { parseHorizon } from './horizons';
import type { ItemFields, ItemRefusalCode } from './items';
import { addItems } from './items';
import { paragraphs } from './richText';
import type { ItemStatus } from './schema';
import { limits } from './schema';

/**
 * Reading a prepared roadmap, in two steps so that nothing lands half-way: parse the file into
 * a report (the rows that will be imported and every row skipped, with its line and reason),
 * show it, and only when the person confirms, write the good rows in one transaction
 * (importRows). A file that cannot be read at all is refused whole and nothing is offered.
 *
 * Markdown: headings name horizons ("## Year 1, half 2", "## Y2 Q1", "## Later"); top-level
 * bullets are items; indented bullets or lines under an item are its description, except
 * "owner: …" and "status: …". CSV: a header row naming at least `title`, optionally `horizon`,
 * `owner`, `status`, `description`, in any order.
 */
export type ImportRow = { line: number; title: string; horizon: Horizon; owner: string; status: ItemStatus; description: string[] };
export type SkippedRow = { line: number; refusal: Refusal<ImportSkipCode> };
export type ImportReport = { rows: ImportRow[]; skipped: SkippedRow[] };

export type ImportSkipCode = 'roadmapImport.noTitle' | 'roadmapImport.titleTooLong' | 'roadmapImport.ownerTooLong' | 'roadmapImport.badHorizon' | 'roadmapImport.badStatus' | 'roadmapImport.noHorizon' | 'roadmapImport.extraCells';
export type ImportFileCode = 'roadmapImport.empty' | 'roadmapImport.noTitleColumn' | 'roadmapImport.tooMany' | 'roadmapImport.nothingToImport' | 'csv.empty' | 'csv.tooLarge' | 'csv.unclosedQuote' | 'csv.textAfterQuote' | 'csv.quoteInField';

const statusWords: Readonly<Record<string, ItemStatus>> = { '': 'proposed', proposed: 'proposed', agreed: 'agreed', needswork: 'needsWork', proposal: 'proposal' };

function parseStatus(text: string): ItemStatus | undefined {
  return statusWords[text.toLowerCase().replace(/[^a-z]/g, '')];
}

/** Checks one row's fields; the reason it is skipped, or the row. */
function checkRow(line: number, fields: { title: string; horizon: string | Horizon | undefined; owner: string; status: string; description: string[] }): ImportRow | SkippedRow {
  const title = fields.title.trim();
  if (title === '') return { line, refusal: { code: 'roadmapImport.noTitle', line } };
  if (Array.from(title).length > limits.title) return { line, refusal: { code: 'roadmapImport.titleTooLong', line, limit: limits.title } };
  const owner = fields.owner.trim();
  if (Array.from(owner).length > limits.owner) return { line, refusal: { code: 'roadmapImport.ownerTooLong', line, limit: limits.owner } };
  const horizonText = (fields.horizon ?? '').trim();
  const horizon = horizonText === '' ? 'later' : parseHorizon(horizonText);
  if (!horizon) return { line, refusal: { code: 'roadmapImport.badHorizon', line, value: horizonText } };
  const status = parseStatus(fields.status);
  if (!status) return { line, refusal: { code: 'roadmapImport.badStatus', line, value: fields.status.trim() } };
  return { line, title, horizon, owner, status, description: fields.description };
}

function finish(results: (ImportRow | SkippedRow)[]): Outcome<ImportReport, ImportFileCode> {
  if (results.length === 0) return refuse('roadmapImport.empty');
  const rows = results.filter((result): result is ImportRow => 'title' in result);
  if (rows.length > limits.importRows) return refuse('roadmapImport.tooMany', { limit: limits.importRows, count: rows.length });
  const skipped = results.filter((result): result is SkippedRow => 'refusal' in result);
  if (rows.length === 0) return refuse('roadmapImport.nothingToImport', { skipped: skipped.length });
  return accept({ rows, skipped });
}

export function parseRoadmapCsv(text: string): Outcome<ImportReport, ImportFileCode> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, refusal: parsed.refusal };
  const [header, ...body] = parsed.rows;
  if (!header) return refuse('csv.empty');
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const column = (name: string): number => names.indexOf(name);
  if (column('title') < 0) return refuse('roadmapImport.noTitleColumn');
  const cell = (cells: string[], name: string): string => (column(name) >= 0 ? (cells[column(name)] ?? '') : '');
  return finish(
    body.map((row) => {
      if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((value) => value.trim() !== '')) {
        return { line: row.line, refusal: { code: 'roadmapImport.extraCells', line: row.line, cells: row.cells.length, expected: header.cells.length } };
      }
      const description = cell(row.cells, 'description').split(/\r?\n/);
      return checkRow(row.line, { title: cell(row.cells, 'title'), horizon: cell(row.cells, 'horizon'), owner: cell(row.cells, 'owner'), status: cell(row.cells, 'status'), description });
    }),
  );
}

const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const bullet = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const field = /^(owner|status)\s*:\s*(.*)$/i;

function unwrap(text: string): string {
  return text.replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
}

export function parseRoadmapMarkdown(text: string): Outcome<ImportReport, ImportFileCode> {
  type Draft = { line: number; title: string; horizon: Horizon | undefined; headingText: string | undefined; owner: string; status: string; description: string[] };
  const drafts: Draft[] = [];
  let horizon: Horizon | undefined;
  let headingText: string | undefined;
  let current: Draft | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const headingMatch = heading.exec(raw);
    if (headingMatch) {
      headingText = (headingMatch[1] ?? '').trim();
      horizon = parseHorizon(headingText);
      current = undefined;
      return;
    }
    const bulletMatch = bullet.exec(raw);
    if (bulletMatch && (bulletMatch[1] ?? '') === '') {
      current = { line, title: unwrap(bulletMatch[2] ?? ''), horizon, headingText, owner: '', status: '', description: [] };
      drafts.push(current);
      return;
    }
    const detail = (bulletMatch ? (bulletMatch[2] ?? '') : raw).trim();
    if (!current || detail === '') return;
    const fieldMatch = field.exec(detail);
    if (fieldMatch) current[(fieldMatch[1] ?? '').toLowerCase() === 'owner' ? 'owner' : 'status'] = fieldMatch[2] ?? '';
    else current.description.push(detail);
  });
  return finish(
    drafts.map((draft) => {
      if (draft.horizon === undefined) {
        return draft.headingText === undefined
          ? { line: draft.line, refusal: { code: 'roadmapImport.noHorizon', line: draft.line } }
          : { line: draft.line, refusal: { code: 'roadmapImport.badHorizon', line: draft.line, value: draft.headingText } };
      }
      return checkRow(draft.line, draft);
    }),
  );
}

/** Picks the reader from the file name; Markdown unless it ends in .csv. */
export function parseRoadmapFile(name: string, text: string): Outcome<ImportReport, ImportFileCode> {
  return /\.csv$/i.test(name) ? parseRoadmapCsv(text) : parseRoadmapMarkdown(text);
}

/** Writes the report's rows, all in one transaction. Facilitator only (the UI offers it there). */
export function importRows(doc: Y.Doc, partId: string, rows: readonly ImportRow[], actor: Actor, now: number): Outcome<string[], ItemRefusalCode> {
  const items: ItemFields[] = rows.map((row) => ({ title: row.title, horizon: row.horizon, owner: row.owner, status: row.status, description: paragraphs(row.description) }));
  return addItems(doc, partId, items, actor, now);
}
