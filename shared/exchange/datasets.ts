import type { CardInput, ClusterInput, CompetencyResultInput, ParticipantInput, QuestionInput, RoadmapItemInput } from '../outcome/inputs';
import type { CsvColumn, TableOptions } from './tables';
import { provenanceColumns, tableToCsv } from './tables';

/**
 * The CSV files an organiser can take away: participants, cards, competency results, roadmap
 * items and questions. Deleted (soft-deleted) rows are left out: they were withdrawn in the room.
 */

export type PrivacyOptions = {
  /**
   * Chatham House: the data may be used, but no one may be identified. Under the Rule neither
   * the identity nor the affiliation of a participant may be revealed, so the participants file
   * keeps only an allow-list of columns (attendance mode, gender, stakeholder group) and drops
   * name, email, organisation, country and internal ids: in a room of thirty, "the regulator
   * from Jordan" names one person as surely as a name does. Rows are also sorted by those
   * columns so their order cannot be matched against a sign-in sheet. An allow-list rather
   * than a deny-list, so a field added to the register later stays out until chosen.
   */
  chathamHouse?: boolean;
};

const participantColumnsOpen: CsvColumn<ParticipantInput>[] = [
  { key: 'name', value: (row) => row.name },
  { key: 'email', value: (row) => row.email },
  { key: 'organisation', value: (row) => row.organisation },
  { key: 'country', value: (row) => row.country },
  { key: 'mode', value: (row) => row.mode },
  { key: 'gender', value: (row) => row.gender },
  { key: 'stakeholder_group', value: (row) => row.group },
];

const participantColumnsChatham: CsvColumn<ParticipantInput>[] = [
  { key: 'mode', value: (row) => row.mode },
  { key: 'gender', value: (row) => row.gender },
  { key: 'stakeholder_group', value: (row) => row.group },
];

export function participantsCsv(rows: readonly ParticipantInput[], options: TableOptions & PrivacyOptions = {}): string {
  if (!options.chathamHouse) return tableToCsv([...participantColumnsOpen, ...provenanceColumns(rows)], rows, options);
  const key = (row: ParticipantInput): string => `${row.source?.workshopId ?? ''}\u0000${row.mode}\u0000${row.group}\u0000${row.gender}`;
  const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return tableToCsv([...participantColumnsChatham, ...provenanceColumns(rows)], sorted, options);
}

export function cardsCsv(cards: readonly CardInput[], clusters: readonly ClusterInput[], options: TableOptions = {}): string {
  const labels = new Map(clusters.map((cluster) => [clusterKey(cluster.id, cluster.source?.workshopId), cluster.label]));
  const live = cards.filter((card) => !card.deleted);
  const columns: CsvColumn<CardInput>[] = [
    { key: 'card_id', value: (row) => row.id },
    { key: 'text', value: (row) => row.text },
    { key: 'votes', value: (row) => row.votes },
    { key: 'cluster', value: (row) => (row.cluster === undefined ? '' : (labels.get(clusterKey(row.cluster, row.source?.workshopId)) ?? '')) },
    { key: 'part', value: (row) => row.part },
    ...provenanceColumns(live),
  ];
  return tableToCsv(columns, live, options);
}

// Cluster ids are only unique within a workshop; a combined dataset keys them by both.
function clusterKey(id: string, workshopId = ''): string {
  return `${workshopId}\u0000${id}`;
}

export function competencyCsv(results: readonly CompetencyResultInput[], options: TableOptions = {}): string {
  const columns: CsvColumn<CompetencyResultInput>[] = [
    { key: 'domain', value: (row) => row.domain },
    { key: 'competency', value: (row) => row.competency },
    { key: 'before', value: (row) => row.before },
    { key: 'after', value: (row) => row.after },
    { key: 'change', value: (row) => (row.before !== undefined && row.after !== undefined ? round(row.after - row.before) : undefined) },
    { key: 'respondents', value: (row) => row.respondents },
    ...provenanceColumns(results),
  ];
  return tableToCsv(columns, results, options);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function roadmapCsv(items: readonly RoadmapItemInput[], options: TableOptions = {}): string {
  const live = items.filter((item) => !item.deleted);
  const columns: CsvColumn<RoadmapItemInput>[] = [
    { key: 'item_id', value: (row) => row.id },
    { key: 'title', value: (row) => row.title },
    { key: 'status', value: (row) => row.status },
    { key: 'horizon', value: (row) => row.horizon },
    { key: 'votes', value: (row) => row.votes },
    // Comments share one cell, one per line: the cell stays readable and the row count honest.
    { key: 'comments', value: (row) => (row.comments ?? []).join('\n') },
    ...provenanceColumns(live),
  ];
  return tableToCsv(columns, live, options);
}

export function questionsCsv(questions: readonly QuestionInput[], options: TableOptions & PrivacyOptions = {}): string {
  const columns: CsvColumn<QuestionInput>[] = [
    { key: 'question_id', value: (row) => row.id },
    { key: 'text', value: (row) => row.text },
    { key: 'votes', value: (row) => row.votes },
    { key: 'answered', value: (row) => row.answered },
    ...(options.chathamHouse ? [] : [{ key: 'asked_by', value: (row: QuestionInput) => row.askedBy }]),
    ...provenanceColumns(questions),
  ];
  return tableToCsv(columns, questions, options);
}
