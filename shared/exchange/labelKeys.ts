import { attendanceEnglish } from '../attendance/strings.en';
import { competencyEnglish } from '../competencies/strings.en';
import { roadmapEnglish } from '../roadmap/strings.en';
import { exchangeEnglish } from './strings.en';

/**
 * Turns a stable key of the data (a stakeholder group, a gender, a status) into the words a
 * person reads. The renderer passes its i18n `t`, so a file exported from an Arabic session has
 * Arabic labels; without one the shared English is used, so tests and scripts get real words.
 */
export type Translate = (key: string) => string;

export const englishLabel: Translate = (key) => attendanceEnglish[key] ?? roadmapEnglish[key] ?? competencyEnglish[key] ?? exchangeEnglish[key] ?? key;

/** The label of a register value; an empty value means the register does not say. */
export function registerLabel(field: 'groups' | 'genders' | 'modes', value: string, translate: Translate): string {
  const key = value === '' ? 'attendance.notRecorded' : `attendance.${field}.${value}`;
  const text = translate(key);
  // A value the register does not know (from an older or foreign file) is shown as it is.
  return text === key ? value : text;
}
