import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/exchange/csv';
import { jsonDataFromDoc, withoutIdentities } from '../../../shared/exchange/jsonData';
import { insightIds, type InsightId } from '../../../shared/insights/catalogue';
import { insightProfilesJson, insightsCsv } from '../../../shared/insights/exportData';
import { workshopInsightProfiles } from '../../../shared/insights/reportData';
import { estimateDocumentFit } from '../../../shared/outcome/fit';
import { renderHtml } from '../../../shared/outcome/html';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { renderMarkdown } from '../../../shared/outcome/markdown';
import { emptyOutcome } from '../../../shared/outcome/model';
import { trainingDoc } from '../../fixtures/programmeTrainings';

const doc = trainingDoc({ id: 'kisumu', title: 'Kisumu training', date: '2026-04-01', venue: 'Kisumu', participants: 12, seed: 7, gain: 1 });
const parts = workshopInsightProfiles(doc);
const names = Object.fromEntries(insightIds.map((id) => [id, `Insight ${id}`])) as Record<InsightId, string>;

describe('the ten insights in the report and the data', () => {
  it('prints the profile as a compact table of counts per level, with its respondents', () => {
    expect(parts).toHaveLength(1);
    const outcome = { ...emptyOutcome(), title: 'Kisumu training' };
    const markdown = renderMarkdown(outcome, outcomeLabelsEn, { insights: { parts, names } });
    expect(markdown).toContain('## Ten insights check');
    expect(markdown).toContain('### How 12 people rate their organisations');
    const leadership = parts[0]!.profile.rows[0]!;
    expect(markdown).toContain(`| Insight leadership | ${leadership.counts.join(' | ')} | ${leadership.dontKnow} |`);
    expect(renderHtml(outcome, outcomeLabelsEn, { insights: { parts, names } })).toContain('<table class="grid compact">');
    // Ten short rows in small print cost about a quarter of a page, not two.
    const without = estimateDocumentFit(outcome, outcomeLabelsEn).lines;
    const withProfile = estimateDocumentFit(outcome, outcomeLabelsEn, { insights: { parts, names } }).lines;
    expect(withProfile - without).toBeGreaterThan(8);
    expect(withProfile - without).toBeLessThan(20);
  });

  it('is in the JSON export (also under Chatham House) and in a CSV, counts only', () => {
    const data = jsonDataFromDoc(doc, { now: 1 });
    expect(data.insights).toEqual(insightProfilesJson(parts));
    expect(withoutIdentities(data).insights).toEqual(data.insights);
    expect(JSON.stringify(data.insights)).not.toContain('kisumu-p');
    const [header, ...rows] = parseCsv(insightsCsv(data.insights ?? [], { translate: (key) => key }));
    expect(header).toContain('level_5');
    expect(rows).toHaveLength(10);
    expect(rows[0]?.slice(3, 4)).toEqual(['leadership']);
  });
});
