import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/outcome/docx';
import { generateDraft } from '../../../shared/outcome/draft';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { forumSources } from '../../fixtures/outcomeSources';

async function documentXml(options: Parameters<typeof renderDocx>[2]): Promise<string> {
  const bytes = await renderDocx(generateDraft(forumSources(), outcomeLabelsEn), outcomeLabelsEn, options);
  return strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
}

describe('the DOCX appendix', () => {
  const appendix = {
    heading: 'Hackathon results and team canvases',
    table: {
      caption: 'Results',
      header: ['Rank', 'Team', 'Challenge', 'Normalised score'],
      rows: [
        ['1 (tie)', 'Clinic Finders', 'Clinic queues', '0.50'],
        ['1 (tie)', 'Open Budgets', 'Budget data', '0.50'],
      ],
    },
    sections: [{ heading: 'Clinic Finders (Clinic queues)', fields: [{ label: 'Idea', value: 'An SMS line that shows clinic waiting times' }] }],
  };

  it('follows the report with the results table and each team’s canvas', async () => {
    const xml = await documentXml({ appendix });
    const start = xml.indexOf('Hackathon results and team canvases');
    expect(start).toBeGreaterThan(xml.indexOf('Key issues discussed'));
    const tail = xml.slice(start);
    const table = tail.slice(tail.indexOf('<w:tbl>'), tail.indexOf('</w:tbl>'));
    for (const text of ['Rank', 'Clinic Finders', 'Open Budgets', '1 (tie)', '0.50']) expect(table).toContain(`>${text}<`);
    expect(tail).toContain('Clinic Finders (Clinic queues)');
    expect(tail).toContain('An SMS line that shows clinic waiting times');
  });

  it('leaves the results table out when there are no results yet', async () => {
    const xml = await documentXml({ appendix: { ...appendix, table: { ...appendix.table, rows: [] } } });
    const tail = xml.slice(xml.indexOf('Hackathon results and team canvases'));
    expect(tail).not.toContain('>Rank<');
    expect(tail).toContain('An SMS line that shows clinic waiting times');
  });

  it('is absent unless asked for', async () => {
    expect(await documentXml({})).not.toContain('Hackathon results');
  });
});
