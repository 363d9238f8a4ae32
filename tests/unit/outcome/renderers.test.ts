import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/outcome/docx';
import { generateDraft } from '../../../shared/outcome/draft';
import { escapeHtml, renderHtml } from '../../../shared/outcome/html';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { renderMarkdown } from '../../../shared/outcome/markdown';
import type { OutcomeDocument } from '../../../shared/outcome/model';
import { forumSources } from '../../fixtures/outcomeSources';
import { tinyPng } from '../../fixtures/png';

const draft = (): OutcomeDocument => generateDraft(forumSources(), outcomeLabelsEn);

function hostile(): OutcomeDocument {
  const document = draft();
  document.keyIssues[0] = '<script>alert("x")</script> & # not a heading *bold*';
  document.title = 'Rock & "Roll" <b>';
  return document;
}

describe('the DOCX export', () => {
  async function openDocx(document: OutcomeDocument, withImage = false) {
    const bytes = await renderDocx(document, outcomeLabelsEn, withImage ? { roadmapImage: { png: tinyPng, width: 1200, height: 300 } } : {});
    const files = unzipSync(bytes);
    return { files, xml: strFromU8(files['word/document.xml'] as Uint8Array) };
  }

  it('uses Word’s own heading styles for the title and the sections', async () => {
    const { xml } = await openDocx(draft());
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*Session summary: Digital skills for county officials/s);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(6);
    expect(xml).toContain('Key issues discussed');
  });

  it('writes the bullets as a real bulleted list', async () => {
    const { files, xml } = await openDocx(draft());
    const numbered = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((match) => match[0]);
    const document = draft();
    const bulletCount = document.keyIssues.length + document.trends.length + document.outcomes.length + document.plan.length;
    expect(numbered).toHaveLength(bulletCount);
    expect(numbered.some((paragraph) => paragraph.includes('Power cuts at the sub-county offices'))).toBe(true);
    expect(strFromU8(files['word/numbering.xml'] as Uint8Array)).toContain('<w:numFmt w:val="bullet"/>');
  });

  it('puts the participation figures in a table', async () => {
    const { xml } = await openDocx(draft());
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    for (const text of ['In the room', '38', 'Online', '12', 'Total', '50', 'By gender', 'Women', '24', 'Civil society']) expect(table).toContain(`>${text}<`);
  });

  it('embeds the roadmap timeline picture when one is given', async () => {
    const { files, xml } = await openDocx(draft(), true);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(files[media[0] as string]).toEqual(tinyPng);
    expect(xml).toContain('The session’s agenda, part by part');
  });

  it('keeps markup typed by participants as text', async () => {
    const { xml } = await openDocx(hostile());
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
  });

  it('marks paragraphs right-to-left for Arabic labels', async () => {
    const bytes = await renderDocx(draft(), { ...outcomeLabelsEn, language: 'ar', direction: 'rtl' });
    expect(strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array)).toContain('<w:bidi/>');
  });
});

describe('the Markdown export', () => {
  it('has the template’s headings, bullets and a participation table', () => {
    const markdown = renderMarkdown(draft(), outcomeLabelsEn);
    expect(markdown).toMatch(/^# Session summary: Digital skills for county officials\n/);
    expect(markdown).toContain('**Organised by:** Ministry of ICT  \n');
    expect(markdown).toContain('## Actionable plan\n\n- Shared data standard for county registries (first six months; who leads it is still to be named)\n');
    expect(markdown).toContain('| In the room | 38 |');
    expect(markdown).toContain('## Sustainable Development Goals\n\nSDG 4, SDG 16.6\n');
  });

  it('keeps a card that starts like a list item or a numbered line as plain text', () => {
    const document = draft();
    document.plan = ['- dash', '+ plus', '12. twelve'];
    expect(renderMarkdown(document, outcomeLabelsEn)).toContain('- \\- dash\n- \\+ plus\n- 12\\. twelve\n');
  });

  it('escapes what would turn a card into formatting', () => {
    const markdown = renderMarkdown(hostile(), outcomeLabelsEn);
    expect(markdown).toContain('- \\<script\\>alert("x")\\</script\\> & \\# not a heading \\*bold\\*');
  });
});

describe('the HTML print layout', () => {
  it('is an A4 page that loads nothing from outside', () => {
    const html = renderHtml(draft(), outcomeLabelsEn, { roadmapPng: tinyPng });
    expect(html).toContain('@page { size: A4; margin: 20mm;');
    // Numbered pages, and a table's header row printed again on each page it runs onto.
    expect(html).toContain('@bottom-center { content: counter(page) " / " counter(pages);');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/<table>\n<thead><tr><th scope="col">/);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<link|<script|@import|url\(|src="(?!data:image\/png;base64,)/);
    expect(html).toContain('<img alt="The session’s agenda, part by part" src="data:image/png;base64,iVBORw0KGgo');
  });

  it('escapes every piece of workshop text', () => {
    const html = renderHtml(hostile(), outcomeLabelsEn);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; # not a heading *bold*</li>');
    expect(html).toContain('<title>Session summary: Rock &amp; &quot;Roll&quot; &lt;b&gt;</title>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('sets the language and writing direction of the labels', () => {
    const html = renderHtml(draft(), { ...outcomeLabelsEn, language: 'ar', direction: 'rtl' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
  });
});
