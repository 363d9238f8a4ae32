import { describe, expect, it } from 'vitest';
import { formatReportDate } from '../../../renderer/src/features/outcome/labels';
import { directionOf } from '../../../renderer/src/i18n/languages';
import { generateDraft } from '../../../shared/outcome/draft';
import { renderHtml } from '../../../shared/outcome/html';
import { outcomeLabelsFrom } from '../../../shared/outcome/reportLabels';
import { forumSources } from '../../fixtures/outcomeSources';
import { flatten, translationFiles } from './catalogue';

/**
 * The outcome report exported in the session's language: French and Arabic sections, figures and
 * dates in that language, Arabic laid out right to left. The workshop's own words stay as typed.
 */
const files = translationFiles();

/** The report's words as the app reads them: the `report.*` keys of that language's file. */
function exported(language: string) {
  const translated = flatten(files[language] ?? {});
  const labels = outcomeLabelsFrom((key) => translated[key], language, directionOf(language));
  const document = generateDraft(forumSources(), labels, { formatDate: (iso) => formatReportDate(iso, language) });
  return { document, html: renderHtml(document, labels) };
}

describe('the outcome report in the session language', () => {
  it('in French: French section titles, a French date and French sentences, with the workshop’s own title untouched', () => {
    const { document, html } = exported('fr');
    expect(html).toContain('<html lang="fr" dir="ltr">');
    for (const heading of ['Principales questions abordées', 'Résultats concrets', 'Plan d’action', 'Thèmes proposés pour le prochain forum']) expect(html).toContain(heading);
    expect(document.title).toContain('Digital skills for county officials');
    expect(document.dateTime).toMatch(/\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
    expect(html).not.toContain('Key issues discussed');
    expect(html).not.toMatch(/people took part|votes\)/);
  });

  it('in Arabic: right to left, Arabic section titles and an Arabic date', () => {
    const { document, html } = exported('ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    for (const heading of ['أبرز القضايا التي نوقشت', 'النتائج الملموسة', 'خطة العمل']) expect(html).toContain(heading);
    expect(document.dateTime).toMatch(/(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/);
    expect(html).not.toContain('Key issues discussed');
  });

  it('dates follow the language, and a malformed date is shown as written rather than lost', () => {
    expect(formatReportDate('2026-03-10', 'fr')).toBe('10 mars 2026');
    expect(formatReportDate('2026-03-10', 'es')).toBe('10 de marzo de 2026');
    expect(formatReportDate('2026-03-10', 'zh')).toBe('2026年3月10日');
    expect(formatReportDate('not a date', 'ru')).toBe('not a date');
  });
});
