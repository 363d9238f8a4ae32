import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../../shared/outcome/draft';
import { estimateDocumentFit, wrapLines } from '../../../shared/outcome/fit';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { forumSources } from '../../fixtures/outcomeSources';

describe('the two-page estimate', () => {
  it('finds that a typical first draft fits on two pages', () => {
    const estimate = estimateDocumentFit(generateDraft(forumSources(), outcomeLabelsEn), outcomeLabelsEn, { withRoadmapImage: true });
    expect(estimate.fits).toBe(true);
    expect(estimate.estimatedPages).toBeLessThanOrEqual(2);
    expect(estimate.budget).toBe(110);
  });

  it('says so when long bullets push the report past two pages', () => {
    const document = generateDraft(forumSources(), outcomeLabelsEn);
    document.keyIssues = Array.from({ length: 8 }, (_, index) => `Issue ${index}: ${'a detailed explanation '.repeat(40)}`);
    const estimate = estimateDocumentFit(document, outcomeLabelsEn);
    expect(estimate.fits).toBe(false);
    expect(estimate.estimatedPages).toBeGreaterThan(2);
  });

  it('wraps at word boundaries and splits a word longer than a line', () => {
    expect(wrapLines('', 10)).toBe(1);
    expect(wrapLines('aaaa bbbb cccc', 9)).toBe(2);
    expect(wrapLines('x'.repeat(25), 10)).toBe(3);
  });

  it('counts wide characters twice', () => {
    expect(wrapLines('数'.repeat(10), 10)).toBe(2);
  });
});
