import type { OutcomeLabels } from '@shared/outcome/labels';
import { outcomeLabelsFrom } from '@shared/outcome/reportLabels';
import { i18next, supportedLanguages } from '../../i18n';

/**
 * The words of the report itself, from the translation files (`report.*` keys) in the session's
 * language. A language the app does not have yet falls back to English key by key (i18next's
 * fallback), and the export panel says so (see `isTranslated`).
 */
export function reportLabels(language: string = i18next.language): OutcomeLabels {
  const resolved = language.trim() === '' ? i18next.language : language;
  const t = i18next.getFixedT(resolved);
  const lookup = (key: string): string | undefined => (i18next.exists(key, { lng: resolved }) ? t(key) : undefined);
  return outcomeLabelsFrom(lookup, resolved, i18next.dir(resolved));
}

/** True when the app ships the report's words in this language (its base, "fr" for "fr-CA"). */
export function isTranslated(language: string): boolean {
  const base = language.trim().toLowerCase().split('-')[0] ?? '';
  return base === '' || (supportedLanguages as readonly string[]).includes(base);
}

/** Dates in the report read as people of that language write them ("10 March 2026"), not as ISO strings. */
export function formatReportDate(iso: string, language: string): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language || 'en', { dateStyle: 'long' }).format(date);
  } catch {
    return iso;
  }
}
