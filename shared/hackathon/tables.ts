import type { CsvColumn, TableOptions } from '../exchange/tables';
import { tableToCsv } from '../exchange/tables';
import type { ResultRow } from './results';
import type { Challenge, Submission } from './schema';
import { canvasFields } from './schema';
import type { TeamView } from './teams';

/**
 * The hackathon's take-away files: results (one row per team) and canvases (one row per team,
 * one column per canvas field). Column keys are stable machine names, like the other datasets.
 */
export type ResultExportRow = ResultRow & { team: string; challenge: string; late: boolean | undefined };

// A number, not text: a negative normalised score is data, and a string "-0.412" would be taken
// for a formula and guarded. Three decimals keep z-scores apart without false precision.
const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 1000) / 1000);

export function resultsCsv(rows: readonly ResultExportRow[], options: TableOptions = {}): string {
  const columns: CsvColumn<ResultExportRow>[] = [
    { key: 'rank', value: (row) => row.rank },
    { key: 'tied', value: (row) => row.tied },
    { key: 'team', value: (row) => row.team },
    { key: 'challenge', value: (row) => row.challenge },
    { key: 'normalised_score', value: (row) => round(row.score) },
    { key: 'raw_score', value: (row) => round(row.raw) },
    { key: 'judges', value: (row) => row.judges },
    { key: 'late', value: (row) => row.late ?? '' },
  ];
  return tableToCsv(columns, rows, options);
}

export type CanvasExportRow = { team: TeamView; challenge: Challenge | undefined; submission: Submission | undefined };

export function canvasesCsv(rows: readonly CanvasExportRow[], options: TableOptions = {}): string {
  const columns: CsvColumn<CanvasExportRow>[] = [
    { key: 'team', value: (row) => row.team.name },
    { key: 'members', value: (row) => row.team.size },
    { key: 'challenge', value: (row) => row.challenge?.title ?? '' },
    // The live canvas, which may be newer than the submitted copy judges scored.
    ...canvasFields.map((field) => ({ key: `canvas_${field}`, value: (row: CanvasExportRow) => row.team.canvas?.[field] ?? '' })),
    { key: 'summary', value: (row) => row.submission?.summary ?? '' },
    { key: 'submitted_at', value: (row) => (row.submission ? new Date(row.submission.submittedAt).toISOString() : '') },
    { key: 'late', value: (row) => row.submission?.late ?? '' },
  ];
  return tableToCsv(columns, rows, options);
}
