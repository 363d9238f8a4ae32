import { roundTo } from '../exchange/datasets';
import type { Translate } from '../exchange/labelKeys';
import type { CsvColumn, TableOptions } from '../exchange/tables';
import { tableToCsv } from '../exchange/tables';
import type { InsightGroup, InsightId } from './catalogue';
import type { PartInsightProfile } from './reportData';

/**
 * The ten insights profiles as data: in the JSON "everything" export and as a CSV, one row per
 * part and insight. Counts per level only, as on the projector and in the report: the check is
 * anonymous, so neither file says who answered what, with or without Chatham House.
 */
export type InsightProfileJson = {
  partId: string;
  partTitle: string;
  respondents: number;
  rows: { id: InsightId; group: InsightGroup; counts: [number, number, number, number, number]; dontKnow: number; rated: number; mean: number | undefined }[];
};

export function insightProfilesJson(parts: readonly PartInsightProfile[]): InsightProfileJson[] {
  return parts.map(({ partId, partTitle, profile }) => ({
    partId,
    partTitle,
    respondents: profile.respondents,
    rows: profile.rows.map(({ id, group, counts, dontKnow, rated, mean }) => ({ id, group, counts: [...counts], dontKnow, rated, mean: roundTo(mean, 2) })),
  }));
}

type Row = InsightProfileJson['rows'][number] & { part: InsightProfileJson };

/** `translate` names each insight (`insights.items.<id>`) in the app's language. */
export function insightsCsv(parts: readonly InsightProfileJson[], options: TableOptions & { translate: Translate }): string {
  const rows: Row[] = parts.flatMap((part) => part.rows.map((row) => ({ ...row, part })));
  const columns: CsvColumn<Row>[] = [
    { key: 'part_id', value: (row) => row.part.partId, kind: 'id' },
    { key: 'part', value: (row) => row.part.partTitle },
    { key: 'respondents', value: (row) => row.part.respondents },
    { key: 'insight_id', value: (row) => row.id, kind: 'id' },
    { key: 'insight (label)', value: (row) => options.translate(`insights.items.${row.id}`), kind: 'id' },
    { key: 'insight_group', value: (row) => row.group, kind: 'id' },
    ...[1, 2, 3, 4, 5].map((level): CsvColumn<Row> => ({ key: `level_${level}`, value: (row) => row.counts[level - 1] })),
    { key: 'dont_know', value: (row) => row.dontKnow },
    { key: 'rated', value: (row) => row.rated },
    { key: 'mean', value: (row) => row.mean },
  ];
  return tableToCsv(columns, rows, options);
}
