import { findCompetency } from '../competencies/framework';
import { roundTo } from '../exchange/datasets';
import { englishLabel, registerLabel, type Translate } from '../exchange/labelKeys';
import type { CsvCell } from '../exchange/csv';
import type { CsvColumn, TableOptions } from '../exchange/tables';
import { tableToCsv } from '../exchange/tables';
import type { RoundFigure, WorkshopProgress } from './progress';
import { programmeEnglish } from './strings.en';

/**
 * A programme's progress as one long CSV, a row per workshop and measured thing, for analysts
 * who chart it in their own tools: each competency (priorities, before, after, change), each
 * gender and stakeholder group (people and levels; `levels_withheld` where too few to show), and
 * each of the ten insights (people per level). Stable keys sit beside their words in the `(label)`
 * columns; ids, keys and our own labels are written as they are, and only the free text people
 * typed (workshop titles and places) goes through the formula guard.
 */
export type ProgressSection = 'competency' | 'gender' | 'stakeholder_group' | 'insight';

type Row = {
  workshop: WorkshopProgress;
  section: ProgressSection;
  item: string;
  label: string;
  domainId?: string;
  domain?: string;
  dots?: number;
  share?: number | undefined;
  before?: RoundFigure;
  after?: RoundFigure;
  change?: number | undefined;
  paired?: { count: number; delta: number } | undefined;
  withheld?: boolean;
  counts?: readonly number[];
  dontKnow?: number;
  mean?: number | undefined;
};

function rowsOf(workshop: WorkshopProgress, translate: Translate): Row[] {
  const rows: Row[] = workshop.competencies.map((item) => {
    const domainKey = `competencies.domains.${item.domainId}`;
    return {
      workshop,
      section: 'competency',
      item: item.competencyId,
      label: translate(findCompetency(item.competencyId)?.key ?? item.competencyId),
      domainId: item.domainId,
      domain: translate(domainKey),
      dots: item.dots,
      share: item.share,
      before: item.before,
      after: item.after,
      change: item.delta,
      paired: item.paired,
    };
  });
  for (const group of workshop.groups) {
    const field = group.dimension === 'gender' ? 'genders' : 'groups';
    rows.push({
      workshop,
      section: group.dimension === 'gender' ? 'gender' : 'stakeholder_group',
      item: group.key,
      label: registerLabel(field, group.key === 'notRecorded' ? '' : group.key, translate),
      before: group.before,
      after: group.after,
      change: group.delta,
      withheld: group.withheld,
    });
  }
  for (const row of workshop.insights?.rows ?? []) {
    rows.push({ workshop, section: 'insight', item: row.id, label: translate(row.key), counts: row.counts, dontKnow: row.dontKnow, mean: row.mean });
  }
  return rows;
}

const number = (value: number | undefined, places = 2): CsvCell => roundTo(value, places);

export function progressCsv(workshops: readonly WorkshopProgress[], options: TableOptions & { translate?: Translate } = {}): string {
  const translate = options.translate ?? ((key: string) => programmeEnglish[key] ?? englishLabel(key));
  const sectionLabel = (section: ProgressSection) => translate(`programme.progressCsv.${section}`);
  const columns: CsvColumn<Row>[] = [
    { key: 'workshop_id', value: (row) => row.workshop.workshopId, kind: 'id' },
    { key: 'workshop', value: (row) => row.workshop.title },
    { key: 'workshop_date', value: (row) => row.workshop.date, kind: 'id' },
    { key: 'place', value: (row) => row.workshop.venue },
    { key: 'section', value: (row) => row.section, kind: 'id' },
    { key: 'section (label)', value: (row) => sectionLabel(row.section), kind: 'id' },
    { key: 'item', value: (row) => row.item, kind: 'id' },
    { key: 'item (label)', value: (row) => row.label, kind: 'id' },
    { key: 'domain', value: (row) => row.domainId, kind: 'id' },
    { key: 'domain (label)', value: (row) => row.domain, kind: 'id' },
    { key: 'priority_dots', value: (row) => row.dots },
    { key: 'priority_share', value: (row) => number(row.share, 3) },
    { key: 'respondents_before', value: (row) => row.before?.count },
    { key: 'before', value: (row) => number(row.before?.mean) },
    { key: 'respondents_after', value: (row) => row.after?.count },
    { key: 'after', value: (row) => number(row.after?.mean) },
    { key: 'change', value: (row) => number(row.change) },
    { key: 'paired_respondents', value: (row) => row.paired?.count },
    { key: 'paired_change', value: (row) => number(row.paired?.delta) },
    { key: 'levels_withheld', value: (row) => row.withheld },
    ...[1, 2, 3, 4, 5].map((level): CsvColumn<Row> => ({ key: `level_${level}`, value: (row) => row.counts?.[level - 1] })),
    { key: 'dont_know', value: (row) => row.dontKnow },
    { key: 'mean', value: (row) => number(row.mean) },
  ];
  return tableToCsv(
    columns,
    workshops.flatMap((workshop) => rowsOf(workshop, translate)),
    options,
  );
}
