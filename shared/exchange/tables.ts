import type { Provenance } from '../outcome/inputs';
import type { CsvCell, CsvOptions } from './csv';
import { encodeCell } from './csv';

/**
 * A table export described as columns: a stable machine key (also the default header, so a
 * file can be read back by a script in any language) and how to get the cell from a row.
 * The renderer may pass translated headers for people who open the file by hand.
 *
 * `kind: 'id'` marks a column of identifiers (card ids, item ids): the formula guard never
 * touches it, because an id that happens to start with "-" must read the same in the CSV as in
 * the JSON export, or rows no longer join. Every other string column is treated as free text and
 * guarded; numbers are never guarded (see ./csv.ts). Guarding is the default so that a new text
 * column cannot forget it.
 */
export type CsvColumn<Row> = { key: string; value: (row: Row) => CsvCell; kind?: 'text' | 'id' };

export type TableOptions = CsvOptions & {
  /** Header text per column key; the key itself when absent. */
  headers?: Readonly<Record<string, string>>;
};

export function tableRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], headers: Readonly<Record<string, string>> = {}): CsvCell[][] {
  return [columns.map((column) => headers[column.key] ?? column.key), ...rows.map((row) => columns.map((column) => column.value(row)))];
}

export function tableToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], options: TableOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const [header = [], ...body] = tableRows(columns, rows, options.headers);
  const lines = [header.map((cell) => encodeCell(cell, guard)).join(','), ...body.map((row) => row.map((cell, index) => encodeCell(cell, guard && columns[index]?.kind !== 'id')).join(','))];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** Rows of a combined dataset say which workshop each came from. */
export function provenanceColumns<Row extends { source?: Provenance }>(rows: readonly Row[]): CsvColumn<Row>[] {
  if (!rows.some((row) => row.source)) return [];
  return [
    { key: 'source_workshop_id', value: (row) => row.source?.workshopId, kind: 'id' },
    { key: 'source_workshop_title', value: (row) => row.source?.workshopTitle },
  ];
}
