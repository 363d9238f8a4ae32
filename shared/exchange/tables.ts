import type { Provenance } from '../outcome/inputs';
import type { CsvCell, CsvOptions } from './csv';
import { encodeCsv } from './csv';

/**
 * A table export described as columns: a stable machine key (also the default header, so a
 * file can be read back by a script in any language) and how to get the cell from a row.
 * The renderer may pass translated headers for people who open the file by hand.
 */
export type CsvColumn<Row> = { key: string; value: (row: Row) => CsvCell };

export type TableOptions = CsvOptions & {
  /** Header text per column key; the key itself when absent. */
  headers?: Readonly<Record<string, string>>;
};

export function tableRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], headers: Readonly<Record<string, string>> = {}): CsvCell[][] {
  return [columns.map((column) => headers[column.key] ?? column.key), ...rows.map((row) => columns.map((column) => column.value(row)))];
}

export function tableToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], options: TableOptions = {}): string {
  return encodeCsv(tableRows(columns, rows, options.headers), options);
}

/** Rows of a combined dataset say which workshop each came from. */
export function provenanceColumns<Row extends { source?: Provenance }>(rows: readonly Row[]): CsvColumn<Row>[] {
  if (!rows.some((row) => row.source)) return [];
  return [
    { key: 'source_workshop_id', value: (row) => row.source?.workshopId },
    { key: 'source_workshop_title', value: (row) => row.source?.workshopTitle },
  ];
}
