import type { OutcomeLabels } from '@shared/outcome/labels';
import { outcomeLabelsEn } from '@shared/outcome/labels.en';
import { isSupported } from '../../i18n/languages';

/**
 * The report's own words in each language it can be written in, one file a language in
 * ./reportLabels/. English comes from shared/ (the model translators copy); its register's "not
 * recorded" counts get a name here, because the adapter passes that key through and the report
 * would otherwise print the key.
 */
const english: OutcomeLabels = {
  ...outcomeLabelsEn,
  genders: { ...outcomeLabelsEn.genders, notRecorded: 'gender not recorded' },
  groups: { ...outcomeLabelsEn.groups, notRecorded: 'group not recorded' },
};

const translated = import.meta.glob<OutcomeLabels>('./reportLabels/*.ts', { eager: true, import: 'labels' });

export const reportLabelSets: Readonly<Record<string, OutcomeLabels>> = Object.fromEntries([
  ['en', english],
  ...Object.entries(translated).map(([path, labels]) => [path.replace(/^.*\/(\w+)\.ts$/, '$1'), labels]),
]);

/** The report's words in `language` (the workshop's session language), English where Baraza has
 *  no report in that language yet. */
export function reportLabels(language = 'en'): OutcomeLabels {
  return (isSupported(language) ? reportLabelSets[language] : undefined) ?? english;
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
