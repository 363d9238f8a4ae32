import { expect, test, type Page } from '@playwright/test';
import { encodeBarazaFile } from '../../shared/exchange/barazaFile';
import { fullDayForum } from '../fixtures/fullDayForum';
import { pdfPages, type PdfPage } from './pdfText';

/**
 * The page count an organiser can trust: a full-day forum (120 people, 300 cards, a 27-item
 * roadmap with nine agreed) drafted in the app, printed by Chromium to PDF with its picture, and
 * the PDF's pages counted from the file, against the count the outcome tab shows.
 */
const extraPoint = 'A point the organiser added by hand after the session, long enough to wrap onto a second line of the printed page';

/** Opens the print page the PDF export makes, prints it as Chromium does, and reads the PDF's pages from the file. */
async function printedPdf(page: Page): Promise<PdfPage[]> {
  await page.getByRole('button', { name: 'PDF', exact: true }).click();
  await expect(page.getByTestId('export-progress')).toHaveText('');
  const html = await page.getByTestId('print-frame').getAttribute('srcdoc');
  const printer = await page.context().newPage();
  await printer.setContent(html ?? '');
  const pdf = await printer.pdf({ format: 'A4', preferCSSPageSize: true });
  await printer.close();
  return pdfPages(pdf);
}

async function printedPages(page: Page): Promise<number> {
  return (await printedPdf(page)).length;
}

async function addPoints(page: Page, section: string, count: number): Promise<void> {
  const box = page.getByTestId(`section-${section}`);
  for (let i = 0; i < count; i++) {
    await box.getByRole('button', { name: 'Add a point' }).click();
    await box.getByRole('textbox').last().fill(extraPoint);
  }
}

test('a full-day forum’s report prints on the pages the outcome tab says: two at the template’s limits; over-full, it offers cuts and one brings it back to two', async ({ page }) => {
  await page.addInitScript(() => {
    // The browser's print dialog would block the test; the print page itself is what is checked.
    window.print = () => undefined;
  });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file' }).first().click();
  await (await chooser).setFiles({ name: 'kigali.baraza', mimeType: 'application/octet-stream', buffer: Buffer.from(encodeBarazaFile(fullDayForum().doc, { appVersion: 'test' })) });
  await expect(page.getByTestId('workshop-card')).toHaveCount(1);

  await page.goto('/#/w/ws-kigali-forum/outcome');
  await page.getByRole('button', { name: 'Generate first draft' }).click();
  await expect(page.getByTestId('outcome-title')).toHaveValue('Digital capacity for public servants: Kigali forum');
  // At the template's limits: eight key issues and eight trends.
  await addPoints(page, 'keyIssues', 2);
  await addPoints(page, 'trends', 2);
  const fit = page.getByTestId('outcome-fit');
  await expect(fit).toHaveAttribute('data-measuring', 'false');
  await expect(fit).toHaveText('Prints on 2 A4 pages, within the template’s two.');

  const pdf = await printedPdf(page);
  expect(pdf).toHaveLength(2);
  // Each page says where it is, and the participation table, split between the two pages,
  // starts page 2 with its header row again.
  expect(pdf.map((printed) => printed.text.slice(0, 6))).toEqual(['1 / 2 ', '2 / 2 ']);
  expect(pdf[0]?.text).toContain('Who took part Participants Number In the room 82');
  expect(pdf[1]?.text).toMatch(/^2 \/ 2 Participants Number (?!In the room)/);
  // Nothing on paper, the picture's text included, is smaller than 8 pt.
  expect(Math.min(...pdf.flatMap((printed) => printed.runs.map((run) => run.size)))).toBeGreaterThanOrEqual(8);
  const frame = page.frameLocator('[data-testid="print-frame"]');
  await expect(frame.locator('figcaption')).toHaveText('The 9 roadmap actions the room agreed, by horizon');

  // Over-full: the tab says so with the real count, the same as the PDF's.
  await addPoints(page, 'plan', 3);
  await addPoints(page, 'keyIssues', 3);
  await expect(fit).toHaveAttribute('data-measuring', 'false');
  await expect(fit).toHaveAttribute('data-fits', 'false');
  const shown = Number(await fit.getAttribute('data-pages'));
  expect(shown).toBeGreaterThan(2);
  await expect(fit).toContainText(`Prints on ${shown} A4 pages: the template asks for two.`);
  expect(await printedPages(page)).toBe(shown);

  // Nothing is cut silently: the cuts are offered beside the count, and one click applies one.
  const offers = page.getByRole('group', { name: 'To bring it to two pages:' }).getByRole('button');
  await expect(offers).toHaveText(['Draw at most two items a horizon', 'Move the picture to an annex page', 'Print the participation table compact']);
  await page.getByRole('button', { name: 'Print the participation table compact' }).click();
  await expect(fit).toHaveAttribute('data-measuring', 'false');
  await expect(fit).toHaveAttribute('data-fits', 'true');
  await expect(fit).toHaveText('Prints on 2 A4 pages, within the template’s two.');
  await expect(offers).toHaveCount(0);
  expect(await printedPages(page)).toBe(2);
  await expect(frame.locator('.compact-table table')).toHaveCount(2);

  // Undone, the report is over-full again; the picture on an annex page is counted apart.
  await page.getByRole('button', { name: 'Undo these cuts' }).click();
  await expect(fit).toHaveAttribute('data-pages', String(shown));
  await page.getByRole('button', { name: 'Move the picture to an annex page' }).click();
  await expect(fit).toHaveAttribute('data-measuring', 'false');
  await expect(fit).toHaveText('Prints on 2 A4 pages, within the template’s two. The roadmap picture follows on an annex page.');
  expect(await printedPages(page)).toBe(Number(await fit.getAttribute('data-pages')));
  await expect(frame.locator('figure.annex figcaption')).toHaveText('The 9 roadmap actions the room agreed, by horizon');
});
