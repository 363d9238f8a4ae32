import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/outcome/docx';
import { generateDraft } from '../../../shared/outcome/draft';
import { renderHtml } from '../../../shared/outcome/html';
import { outcomeLabelsEn } from '../../../shared/outcome/labels.en';
import { agreedRoadmap } from '../../../shared/outcome/picture';
import { fullDayForum } from '../../fixtures/fullDayForum';
import { forumSources } from '../../fixtures/outcomeSources';
import { tinyPng } from '../../fixtures/png';
import { makeWorkshop } from '../../fixtures/workshop';

describe('the report’s picture', () => {
  it('draws only the roadmap items the room agreed, not the 18 still proposed', () => {
    const forum = fullDayForum();
    const roadmap = agreedRoadmap(forum.doc);
    expect(roadmap?.items.map((item) => item.title).sort()).toEqual([...forum.agreedTitles].sort());
  });

  it('draws no roadmap when nothing was agreed, so the agenda is pictured instead', () => {
    expect(agreedRoadmap(makeWorkshop())).toBeUndefined();
  });

  it('carries a caption that says what is drawn, in HTML and in Word', async () => {
    const document = generateDraft(forumSources(), outcomeLabelsEn);
    const caption = 'The 9 roadmap actions the room agreed, by horizon';
    const html = renderHtml(document, outcomeLabelsEn, { roadmapPng: tinyPng, imageCaption: caption });
    expect(html).toContain(`<img alt="${caption}"`);
    expect(html).toContain(`<figcaption>${caption}</figcaption>`);
    const xml = strFromU8(unzipSync(await renderDocx(document, outcomeLabelsEn, { roadmapImage: { png: tinyPng, width: 1200, height: 300 }, imageCaption: caption }))['word/document.xml'] as Uint8Array);
    expect(xml).toContain(`>${caption}<`);
  });

  it('prints our own drawing as SVG in the print page, encoded so no markup leaves the attribute', () => {
    const document = generateDraft(forumSources(), outcomeLabelsEn);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1700" height="300"><text>&quot;&gt;&lt;script&gt;</text></svg>';
    const html = renderHtml(document, outcomeLabelsEn, { pictureSvg: svg, pictureSize: { width: 1700, height: 300 }, imageCaption: 'The agenda' });
    expect(html).toContain(`<figure class="full-width"><img alt="The agenda" style="aspect-ratio: 1700 / 300" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}">`);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('image/png');
  });
});
