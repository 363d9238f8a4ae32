import { coalitionCsv } from '@shared/coalition/csv';
import type { CoalitionMember } from '@shared/coalition/list';
import { i18next } from '../../i18n';
import { barazaFileName } from '../exchange/fileName';
import { saveExport } from '../outcome/saveExport';

/** Saves a coalition list as CSV, its stakeholder groups in the words of this device's language. */
export function saveCoalitionCsv(title: string, members: readonly CoalitionMember[]): Promise<boolean> {
  const name = barazaFileName(title).replace(/\.baraza$/, '-coalition.csv');
  const text = coalitionCsv(members, { translate: (key) => i18next.t(key) });
  return saveExport(name, new TextEncoder().encode(text), 'text/csv;charset=utf-8');
}
