import type { CardInput, ClusterInput, CompetencyResultInput, ParticipantInput, QuestionInput, RoadmapItemInput } from '../outcome/inputs';
import type { Translate } from './labelKeys';
import { englishLabel, registerLabel } from './labelKeys';
import type { CsvColumn, TableOptions } from './tables';
import { provenanceColumns, tableToCsv } from './tables';

/**
 * The CSV files an organiser can take away: participants, cards, competency results, roadmap
 * items and questions. Deleted (soft-deleted) rows are left out: they were withdrawn in the room.
 *
 * Where a cell holds a stable key (`civilSociety`, `agreed`, `y1q2`), the column after it holds
 * the same value in words ("Civil society"), headed `<key> (label)`: scripts join on the key,
 * people read the label. Means are rounded to two decimals; a mean of 3.3333333333333335 is
 * noise, not precision, in a room of thirty.
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

export type LabelOptions = {
  /** Words for stable keys; the shared English when absent. */
  translate?: Translate;
};

type Options = TableOptions & LabelOptions;

function registerColumns(translate: Translate): CsvColumn<ParticipantInput>[] {
  return [
    { key: 'mode', value: (row) => row.mode, kind: 'id' },
    { key: 'mode (label)', value: (row) => registerLabel('modes', row.mode, translate) },
    { key: 'gender', value: (row) => row.gender, kind: 'id' },
    { key: 'gender (label)', value: (row) => registerLabel('genders', row.gender, translate) },
    { key: 'stakeholder_group', value: (row) => row.group, kind: 'id' },
    { key: 'stakeholder_group (label)', value: (row) => registerLabel('groups', row.group, translate) },
  ];
}

export function participantsCsv(rows: readonly ParticipantInput[], options: Options & PrivacyOptions = {}): string {
  const register = registerColumns(options.translate ?? englishLabel);
  if (!options.chathamHouse) {
    const open: CsvColumn<ParticipantInput>[] = [
      { key: 'name', value: (row) => row.name },
      { key: 'email', value: (row) => row.email },
      { key: 'organisation', value: (row) => row.organisation },
      { key: 'country', value: (row) => row.country },
    ];
    return tableToCsv([...open, ...register, ...provenanceColumns(rows)], rows, options);
  }
  const key = (row: ParticipantInput): string => `${row.source?.workshopId ?? ''}\u0000${row.mode}\u0000${row.group}\u0000${row.gender}`;
  const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return tableToCsv([...register, ...provenanceColumns(rows)], sorted, options);
}

export function cardsCsv(cards: readonly CardInput[], clusters: readonly ClusterInput[], options: Options = {}): string {
  const labels = new Map(clusters.map((cluster) => [clusterKey(cluster.id, cluster.source?.workshopId), cluster.label]));
  const live = cards.filter((card) => !card.deleted);
  const columns: CsvColumn<CardInput>[] = [
    { key: 'card_id', value: (row) => row.id, kind: 'id' },
    { key: 'text', value: (row) => row.text },
    // Cards merged into this one: their words, one per line, so no one's contribution vanishes.
    { key: 'merged_text', value: (row) => (row.merged ?? []).join('\n') },
    { key: 'votes', value: (row) => row.votes },
    { key: 'category', value: (row) => row.category, kind: 'id' },
    { key: 'category (label)', value: (row) => row.categoryLabel },
    { key: 'cluster', value: (row) => (row.cluster === undefined ? '' : (labels.get(clusterKey(row.cluster, row.source?.workshopId)) ?? '')) },
    { key: 'part', value: (row) => row.part },
    { key: 'held_back', value: (row) => row.held === true },
    ...provenanceColumns(live),
  ];
  return tableToCsv(columns, live, options);
}

// Cluster ids are only unique within a workshop; a combined dataset keys them by both.
function clusterKey(id: string, workshopId = ''): string {
  return `${workshopId}\u0000${id}`;
}

/** Rounds to `places` decimals; undefined stays undefined (an empty cell, not a zero). */
export function roundTo(value: number | undefined, places = 2): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function competencyCsv(results: readonly CompetencyResultInput[], options: Options = {}): string {
  const columns: CsvColumn<CompetencyResultInput>[] = [
    { key: 'domain_id', value: (row) => row.domainId, kind: 'id' },
    { key: 'domain', value: (row) => row.domain },
    { key: 'competency_id', value: (row) => row.competencyId, kind: 'id' },
    { key: 'competency', value: (row) => row.competency },
    { key: 'before', value: (row) => roundTo(row.before) },
    { key: 'after', value: (row) => roundTo(row.after) },
    { key: 'change', value: (row) => (row.before !== undefined && row.after !== undefined ? roundTo(row.after - row.before) : undefined) },
    { key: 'respondents', value: (row) => row.respondents },
    ...provenanceColumns(results),
  ];
  return tableToCsv(columns, results, options);
}

export function roadmapCsv(items: readonly RoadmapItemInput[], options: Options = {}): string {
  const translate = options.translate ?? englishLabel;
  const live = items.filter((item) => !item.deleted);
  const columns: CsvColumn<RoadmapItemInput>[] = [
    { key: 'item_id', value: (row) => row.id, kind: 'id' },
    { key: 'title', value: (row) => row.title },
    { key: 'description', value: (row) => row.description },
    { key: 'owner', value: (row) => row.owner },
    { key: 'status', value: (row) => row.status, kind: 'id' },
    { key: 'status (label)', value: (row) => translate(`exchange.roadmapStatus.${row.status}`) },
    { key: 'horizon', value: (row) => row.horizonKey, kind: 'id' },
    { key: 'horizon (label)', value: (row) => row.horizon },
    { key: 'votes', value: (row) => row.votes },
    // Lists share one cell, one entry per line: the cell stays readable and the row count honest.
    { key: 'linked_challenge_ids', value: (row) => (row.challengeIds ?? []).join('\n'), kind: 'id' },
    { key: 'linked_challenges', value: (row) => (row.challenges ?? []).join('\n') },
    { key: 'comments', value: (row) => (row.comments ?? []).join('\n') },
    ...provenanceColumns(live),
  ];
  return tableToCsv(columns, live, options);
}

export function questionsCsv(questions: readonly QuestionInput[], options: Options & PrivacyOptions = {}): string {
  const columns: CsvColumn<QuestionInput>[] = [
    { key: 'question_id', value: (row) => row.id, kind: 'id' },
    { key: 'text', value: (row) => row.text },
    { key: 'votes', value: (row) => row.votes },
    { key: 'answered', value: (row) => row.answered },
    ...(options.chathamHouse ? [] : [{ key: 'asked_by', value: (row: QuestionInput) => row.askedBy }]),
    ...provenanceColumns(questions),
  ];
  return tableToCsv(columns, questions, options);
}
