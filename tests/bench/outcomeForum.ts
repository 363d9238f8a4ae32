// The realistic forum of issue 13 for `npm run bench -- outcome`: the fullDayForum fixture
// (120 people, 300 cards, a 27-item roadmap), drafted as the app drafts it, with the report's
// real roadmap picture (every one of the 27 items drawn by horizon, the worst case; the report
// itself draws only the agreed ones) rasterised in Chromium as the renderer does.
import type { Browser, Page } from 'playwright';
import { outcomeSourcesFromDoc, datasetFromDoc } from '../../shared/outcome/adapter';
import { cardsCsv, participantsCsv, roadmapCsv } from '../../shared/exchange/datasets';
import { renderDocx } from '../../shared/outcome/docx';
import { generateDraft } from '../../shared/outcome/draft';
import { renderHtml } from '../../shared/outcome/html';
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
        canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
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
  let png: Uint8Array = new Uint8Array();
  // The page is opened once, outside the timing, as the app's own window is already open.
  const canvasPage = await browser.newPage();
  await median('forum: picture of 27 items, SVG + PNG in Chromium', async () => {
    drawing = roadmapPicture(groups, { more });
    png = await rasterise(canvasPage, drawing.svg, drawing.width, drawing.height);
  });
  await canvasPage.close();
  console.log(`Picture ${drawing.width}×${drawing.height} px (${((drawing.height * 170) / drawing.width).toFixed(0)} mm high at 170 mm wide), ${(png.length / 1024).toFixed(0)} KiB`);
  const draft = generateDraft(sources, outcomeLabelsEn);
  const picture = { roadmapPng: png, pictureSize: drawing, imageCaption: 'The 27 roadmap actions, by horizon' };
  await median('forum: draft + DOCX with the picture', async () => {
    await renderDocx(generateDraft(sources, outcomeLabelsEn), outcomeLabelsEn, { roadmapImage: { png, width: drawing.width, height: drawing.height, fullWidth: true }, imageCaption: picture.imageCaption });
  });
  await median('forum: draft + Markdown + HTML with the picture', () => renderMarkdown(generateDraft(sources, outcomeLabelsEn), outcomeLabelsEn).length + renderHtml(draft, outcomeLabelsEn, picture).length);
  const page = await browser.newPage();
  let pages = 0;
  for (const layout of [{ picture: 'full', table: 'full' }, { picture: 'annex', table: 'full' }] as const) {
    const html = renderHtml(draft, outcomeLabelsEn, { ...picture, layout });
    await median(`forum: HTML print page to PDF, picture ${layout.picture}`, async () => {
      await page.setContent(html);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true });
      pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    });
    console.log(`  PDF on ${pages} A4 page(s)`);
  }
  await page.close();
  const data = datasetFromDoc(doc, { now: Date.UTC(2026, 2, 10, 18), translate });
  await median('forum: CSV cards, participants, roadmap', () => cardsCsv(data.cards, data.clusters).length + participantsCsv(data.participants).length + roadmapCsv(data.roadmapItems).length);
}
