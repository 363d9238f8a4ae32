import type { OutcomeLabels } from '@shared/outcome/labels';
import { outcomeLabelsEn } from '@shared/outcome/labels.en';

/**
 * The words of the report itself. Baraza ships English only so far, so the shared English labels
 * are used as they are; the register's "not recorded" count gets a name, because the adapter
 * passes that key through and the report would otherwise print the key.
 */
export function reportLabels(): OutcomeLabels {
  return {
    ...outcomeLabelsEn,
    genders: { ...outcomeLabelsEn.genders, notRecorded: 'gender not recorded' },
    groups: { ...outcomeLabelsEn.groups, notRecorded: 'group not recorded' },
  };
}

/** Dates in the report read as people write them ("10 March 2026"), not as ISO strings. */
export function formatReportDate(iso: string, language: string): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
  } catch {
    return iso;
  }
}
