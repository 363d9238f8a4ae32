import type * as Y from 'yjs';
import { insightIds, type InsightId } from '@shared/insights/catalogue';
import type { ReportInsights } from '@shared/insights/reportBlocks';
import { workshopInsightProfiles } from '@shared/insights/reportData';
import { i18next } from '../../i18n';

/**
 * The ten insights profiles for the report's own section, in every format, with the insights'
 * titles in the report's language; undefined when the workshop never ran the check (or nobody
 * answered), so other reports get no empty section.
 */
export function reportInsights(doc: Y.Doc, language: string): ReportInsights | undefined {
  const parts = workshopInsightProfiles(doc);
  if (parts.length === 0) return undefined;
  const t = i18next.getFixedT(language);
  const names = Object.fromEntries(insightIds.map((id) => [id, t(`insights.items.${id}`)])) as Record<InsightId, string>;
  return { parts, names };
}
