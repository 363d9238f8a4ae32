import type { Translate } from '../exchange/labelKeys';
import { englishLabel, registerLabel } from '../exchange/labelKeys';
import type { CsvColumn, TableOptions } from '../exchange/tables';
import { tableToCsv } from '../exchange/tables';
import type { CoalitionMember } from './list';

/**
 * The coalition list as CSV, for the organiser's spreadsheet. Stable keys (stakeholder group,
 * working-group ids, workshop id) sit beside their words, as in the other exports; the keys are
 * never formula-guarded, every free-text cell (names, organisations, the organiser's group
 * labels, workshop titles) is. Lists share one cell, one entry per line.
 */
export function coalitionCsv(members: readonly CoalitionMember[], options: TableOptions & { translate?: Translate } = {}): string {
  const translate = options.translate ?? englishLabel;
  const columns: CsvColumn<CoalitionMember>[] = [
    { key: 'name', value: (row) => row.name },
    { key: 'email', value: (row) => row.email },
    { key: 'organisation', value: (row) => row.organisation },
    { key: 'country', value: (row) => row.country },
    { key: 'stakeholder_group', value: (row) => row.group, kind: 'id' },
    { key: 'stakeholder_group (label)', value: (row) => registerLabel('groups', row.group, translate) },
    { key: 'joins_coalition', value: (row) => row.joinCoalition },
    { key: 'working_groups', value: (row) => row.workingGroups.map((group) => group.id).join('\n'), kind: 'id' },
    { key: 'working_groups (label)', value: (row) => row.workingGroups.map((group) => group.label).join('\n') },
    { key: 'workshop_id', value: (row) => row.workshopId, kind: 'id' },
    { key: 'workshop', value: (row) => row.workshopTitle },
    { key: 'consented_at', value: (row) => new Date(row.consent.at).toISOString(), kind: 'id' },
    { key: 'consent_version', value: (row) => row.consent.version },
    { key: 'consent_hash', value: (row) => row.consent.hash, kind: 'id' },
  ];
  return tableToCsv(columns, members, options);
}
