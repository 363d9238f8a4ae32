import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hackathonData } from '../../../shared/hackathon/reportData';
import { updateSettings } from '../../../shared/hackathon/settings';
import { renderDocx } from '../../../shared/outcome/docx';
import { renderHtml } from '../../../shared/outcome/html';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { renderMarkdown } from '../../../shared/outcome/markdown';
import { emptyOutcome } from '../../../shared/outcome/model';
import { hackathonHost, judgedHackathon } from '../../fixtures/judgedHackathon';

const document = { ...emptyOutcome(), title: 'Kigali civic hackathon', participation: { onsite: 14, online: 0, byGender: {}, byGroup: {} } };
const hackathon = hackathonData(judgedHackathon());
/** The text a reader sees in an HTML page, tags and entities removed. */
const visible = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ');

describe('the hackathon in the report', () => {
  it('names the winner, the challenges and every team with its normalised score, in Markdown', () => {
    const markdown = renderMarkdown(document, outcomeLabelsEn, { hackathon });
    expect(markdown).toContain('## Hackathon: challenges, teams and results');
    expect(markdown).toContain('Winner: Permit Pilots, on “Faster business permits”.');
    expect(markdown).toContain('| Faster business permits | Rwanda Development Board | 2 |');
    expect(markdown).toMatch(/\| 1 \| Permit Pilots \| Faster business permits \| 1 \| Yes \| \d\.\d\d \|/);
    // The last team is below the average: its score is negative, and stays a plain number.
    expect(markdown).toMatch(/\| 3 \| Data Commons \| Faster business permits \| 1 \| Yes \| -\d\.\d\d \|/);
    expect(markdown).toContain('- Clinic Finders: Clinic Finders: what we built and why it helps');
  });

  it('draws the same section in the HTML print page and in Word', async () => {
    const html = visible(renderHtml(document, outcomeLabelsEn, { hackathon }));
    for (const text of ['Winner: Permit Pilots', 'Teams and results', 'Normalised score', 'Shorter clinic queues', 'What the teams submitted']) expect(html).toContain(text);
    const xml = strFromU8(unzipSync(await renderDocx(document, outcomeLabelsEn, { hackathon }))['word/document.xml'] as Uint8Array);
    for (const text of ['Hackathon: challenges, teams and results', 'Permit Pilots', 'Normalised score', 'Rwanda Development Board']) expect(xml).toContain(`>${text}`);
    expect(xml.indexOf('Teams and results')).toBeLessThan(xml.indexOf('Actionable plan'));
  });

  it('shows no ranks or scores until judging has closed, and says why', () => {
    const doc = judgedHackathon();
    updateSettings(doc, { closed: false }, hackathonHost);
    const markdown = renderMarkdown(document, outcomeLabelsEn, { hackathon: hackathonData(doc) });
    expect(markdown).toContain('Judging has not closed yet, so there are no ranks or scores.');
    expect(markdown).not.toContain('Winner');
    expect(markdown).toContain('|  | Permit Pilots | Faster business permits | 1 | Yes |  |');
  });

  it('leaves a forum’s report without a hackathon section', () => {
    expect(renderMarkdown(document, outcomeLabelsEn)).not.toContain('Hackathon');
  });
});
