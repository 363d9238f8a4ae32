import type {
  CardInput,
  ClusterInput,
  CompetencyPriorityInput,
  CompetencyResultInput,
  OutcomeSources,
  ParticipantInput,
  Provenance,
  QuestionInput,
  RoadmapItemInput,
} from '../outcome/inputs';
import type { WorkshopMeta } from '../workshop/schema';
import type { DecodedBarazaFile } from './barazaFile';

/**
 * Several workshops (say three provincial sessions) read as one: one dataset whose every row
 * says which workshop it came from, and one set of outcome sources for a combined report.
 * Rows already carrying a source (from an earlier combination) keep it.
 */

export function provenanceOf(file: Pick<DecodedBarazaFile, 'meta'>): Provenance {
  return { workshopId: file.meta.workshopId, workshopTitle: file.meta.title };
}

export function withProvenance<Row extends { source?: Provenance }>(rows: readonly Row[], source: Provenance): Row[] {
  return rows.map((row) => (row.source ? row : { ...row, source }));
}

/** Everything one workshop holds as exportable rows. */
export type WorkshopDataset = {
  participants: ParticipantInput[];
  cards: CardInput[];
  clusters: ClusterInput[];
  roadmapItems: RoadmapItemInput[];
  questions: QuestionInput[];
  competencyResults: CompetencyResultInput[];
};

export function combineDatasets(inputs: readonly { source: Provenance; data: WorkshopDataset }[]): WorkshopDataset {
  const pick = <Key extends keyof WorkshopDataset>(key: Key): WorkshopDataset[Key] =>
    inputs.flatMap(({ source, data }) => withProvenance<WorkshopDataset[Key][number]>(data[key], source)) as WorkshopDataset[Key];
  return {
    participants: pick('participants'),
    cards: pick('cards'),
    clusters: pick('clusters'),
    roadmapItems: pick('roadmapItems'),
    questions: pick('questions'),
    competencyResults: pick('competencyResults'),
  };
}

/**
 * One OutcomeSources for a combined report. Counts add up; each competency's share is
 * re-weighted by the number of ratings behind it, and before/after levels likewise, so a
 * session of 80 weighs more than one of 12. Ids of cards, clusters and roadmap items are
 * prefixed with their workshop's id: they are unique only within a workshop.
 */
export function combineSources(inputs: readonly OutcomeSources[], meta: WorkshopMeta): OutcomeSources {
  const scoped = (source: OutcomeSources, id: string): string => `${source.meta.id}/${id}`;
  const provenance = (source: OutcomeSources): Provenance => ({ workshopId: source.meta.id, workshopTitle: source.meta.title });
  const byGender: Record<string, number> = {};
  const byGroup: Record<string, number> = {};
  for (const source of inputs) {
    addCounts(byGender, source.attendance.byGender);
    addCounts(byGroup, source.attendance.byGroup);
  }
  return {
    meta,
    parts: [],
    runLog: inputs.flatMap((source) => source.runLog.map((entry) => ({ ...entry, partId: scoped(source, entry.partId) }))),
    cards: inputs.flatMap((source) =>
      source.cards.map((card) => ({
        ...card,
        id: scoped(source, card.id),
        ...(card.cluster === undefined ? {} : { cluster: scoped(source, card.cluster) }),
        source: card.source ?? provenance(source),
      })),
    ),
    clusters: inputs.flatMap((source) => source.clusters.map((cluster) => ({ ...cluster, id: scoped(source, cluster.id), source: cluster.source ?? provenance(source) }))),
    competencyPriorities: combinePriorities(inputs.map((source) => source.competencyPriorities)),
    attendance: {
      onsite: sum(inputs.map((source) => source.attendance.onsite)),
      online: sum(inputs.map((source) => source.attendance.online)),
      ...(inputs.some((source) => source.attendance.notRecorded) ? { notRecorded: sum(inputs.map((source) => source.attendance.notRecorded ?? 0)) } : {}),
      byGender,
      byGroup,
    },
    roadmapItems: inputs.flatMap((source) => source.roadmapItems.map((item) => ({ ...item, id: scoped(source, item.id), source: item.source ?? provenance(source) }))),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function addCounts(into: Record<string, number>, counts: Record<string, number>): void {
  for (const [key, count] of Object.entries(counts)) into[key] = (into[key] ?? 0) + count;
}

function combinePriorities(lists: readonly CompetencyPriorityInput[][]): CompetencyPriorityInput[] {
  const totalRatings = sum(lists.flat().map((priority) => priority.ratings));
  const byName = new Map<string, CompetencyPriorityInput[]>();
  for (const priority of lists.flat()) byName.set(priority.name, [...(byName.get(priority.name) ?? []), priority]);
  return [...byName.entries()].map(([name, entries]) => {
    const ratings = sum(entries.map((entry) => entry.ratings));
    const combined: CompetencyPriorityInput = {
      name,
      share: totalRatings === 0 ? 0 : sum(entries.map((entry) => entry.share * entry.ratings)) / totalRatings,
      ratings,
    };
    const domain = entries.find((entry) => entry.domain !== undefined)?.domain;
    if (domain !== undefined) combined.domain = domain;
    const paired = entries.filter((entry) => entry.before !== undefined && entry.after !== undefined);
    const weight = sum(paired.map((entry) => entry.ratings));
    if (paired.length > 0 && weight > 0) {
      combined.before = sum(paired.map((entry) => (entry.before as number) * entry.ratings)) / weight;
      combined.after = sum(paired.map((entry) => (entry.after as number) * entry.ratings)) / weight;
    }
    return combined;
  });
}
