// The realistic forum of issue 13 for `npm run bench -- outcome`: the fullDayForum fixture
// (120 people, 300 cards, a 27-item roadmap), drafted as the app drafts it, with the report's
// real roadmap picture (every one of the 27 items drawn by horizon, the worst case; the report
// itself draws only the agreed ones): as SVG in the print page (PDF, HTML), and rasterised in
// Chromium as the renderer does for the Word file. Each export row times the whole export.
import type { Browser, Page } from 'playwright';
import { outcomeSourcesFromDoc, datasetFromDoc } from '../../shared/outcome/adapter';
import { cardsCsv, participantsCsv, roadmapCsv } from '../../shared/exchange/datasets';
import { renderDocx } from '../../shared/outcome/docx';
import { generateDraft } from '../../shared/outcome/draft';
import { renderHtml } from '../../shared/outcome/html';
import type { ReportLayout } from '../../shared/outcome/layout';
import { outcomeLabelsEn } from '../../shared/outcome/labels.en';
import { renderMarkdown } from '../../shared/outcome/markdown';
import { roadmapPicture } from '../../shared/outcome/roadmapPicture';
import { readItems } from '../../shared/roadmap/items';
import { columnOf, columnsFor } from '../../shared/roadmap/horizons';
import { fullDayForum } from '../fixtures/fullDayForum';

type Median = (label: string, task: () => unknown) => Promise<number>;

/** The SVG drawn on a canvas and encoded as PNG inside the page, as diagramPicture.ts does. */
async function rasterise(page: Page, svg: string, width: number, height: number): Promise<Uint8Array> {
  const base64 = await page.evaluate(
      async ({ svg, width, height }) => {
        const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
        const image = new Image();
        await new Promise((resolve, reject) => {
          image.onload = resolve;
          image.onerror = reject;
          image.src = url;
        });
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d', { alpha: false });
        if (!context) throw new Error('no canvas');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        URL.revokeObjectURL(url);
        return canvas.toDataURL('image/png').split(',')[1] ?? '';
      },
      { svg, width, height },
    );
  return Uint8Array.from(Buffer.from(base64, 'base64'));
}

export async function forumExports(browser: Browser, median: Median): Promise<void> {
  const { doc } = fullDayForum();
  const translate = (key: string) => key;
  const sources = outcomeSourcesFromDoc(doc, { now: Date.UTC(2026, 2, 10, 18), translate });
  if (!sources) throw new Error('the forum has no workshop');
  const items = readItems(doc).items.filter((item) => item.deletedAt === undefined && item.mergedInto === undefined);
  const groups = columnsFor('halves').map((column) => ({ label: column, items: items.filter((item) => columnOf(item.horizon, 'halves') === column).map((item) => item.title) }));
  const more = (count: number) => `+${count} more`;
  console.log(`Forum: ${items.length} roadmap items, ${sources.cards.length} cards`);
  let drawing = roadmapPicture(groups, { more });
  // What the PDF, the HTML file and the page count carry: the SVG drawing as it is.
  await median('forum: picture of 27 items, SVG layout (PDF, HTML)', () => {
    drawing = roadmapPicture(groups, { more });
  });
  let png: Uint8Array = new Uint8Array();
  // The page is opened once, outside the timing, as the app's own window is already open.
  const canvasPage = await browser.newPage();
  await median('forum: picture of 27 items as PNG in Chromium (Word)', async () => {
    png = await rasterise(canvasPage, roadmapPicture(groups, { more }).svg, drawing.width, drawing.height);
  });
  console.log(`Picture ${drawing.width}×${drawing.height} px (${((drawing.height * 170) / drawing.width).toFixed(0)} mm high at 170 mm wide), SVG ${(drawing.svg.length / 1024).toFixed(0)} KiB, PNG ${(png.length / 1024).toFixed(0)} KiB`);
  const caption = 'The 27 roadmap actions, by horizon';
  // The Word export as the app makes it the first time: the picture rasterised, then the file.
  await median('forum: Word export: picture PNG + draft + DOCX', async () => {
    const picture = await rasterise(canvasPage, roadmapPicture(groups, { more }).svg, drawing.width, drawing.height);
    await renderDocx(generateDraft(sources, outcomeLabelsEn), outcomeLabelsEn, { roadmapImage: { png: picture, width: drawing.width, height: drawing.height, fullWidth: true }, imageCaption: caption });
  });
  await canvasPage.close();
  await median('forum: draft + Markdown + HTML with the SVG picture', () => {
    const draft = generateDraft(sources, outcomeLabelsEn);
    return renderMarkdown(draft, outcomeLabelsEn).length + renderHtml(draft, outcomeLabelsEn, { pictureSvg: roadmapPicture(groups, { more }).svg, pictureSize: drawing, imageCaption: caption }).length;
  });
  const page = await browser.newPage();
  const draft = generateDraft(sources, outcomeLabelsEn);
  let pages = 0;
  // The PDF export: the print page, its SVG picture drawn as vectors, printed by Chromium. The
  // PNG row is the way it was done before, kept to compare within one run on a shared machine.
  const pictures = [
    { name: 'SVG', html: (layout: ReportLayout) => renderHtml(draft, outcomeLabelsEn, { pictureSvg: roadmapPicture(groups, { more }).svg, pictureSize: drawing, imageCaption: caption, layout }) },
    { name: 'PNG, as before', html: (layout: ReportLayout) => renderHtml(draft, outcomeLabelsEn, { roadmapPng: png, pictureSize: drawing, imageCaption: caption, layout }) },
  ];
  for (const layout of [{ picture: 'full', table: 'full' }, { picture: 'annex', table: 'full' }] as const) {
    for (const picture of pictures) {
      await median(`forum: PDF export, picture ${layout.picture} (${picture.name})`, async () => {
        await page.setContent(picture.html(layout));
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true });
        pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      });
    }
    console.log(`  PDF on ${pages} A4 page(s)`);
  }
  await page.close();
  const data = datasetFromDoc(doc, { now: Date.UTC(2026, 2, 10, 18), translate });
  await median('forum: CSV cards, participants, roadmap', () => cardsCsv(data.cards, data.clusters).length + participantsCsv(data.participants).length + roadmapCsv(data.roadmapItems).length);
}
