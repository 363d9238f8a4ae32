import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, partTitles } from './support';

/**
 * Goes home by the app's own link: reloading the page straight after an edit could cut off the
 * edit's write to IndexedDB, which would test the reload rather than the file.
 */
async function goHome(page: Page): Promise<void> {
  if (page.url().includes('#/w/')) await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops on this device' })).toBeVisible();
}

/** Clicks a workshop's "Export file" on the home screen and returns the downloaded file. */
async function exportFromHome(page: Page, title: string): Promise<{ name: string; bytes: Buffer }> {
  await goHome(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('workshop-card').filter({ hasText: title }).getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Picks a file through the home screen's "Import a workshop file" button, as a user would. */
async function importFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file' }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

/** How many records each IndexedDB store of the origin holds: any write by an import would add one. */
async function storeContents(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((info) => info.name ?? '').sort();
    const dump: Record<string, Record<string, number>> = {};
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      dump[name] = {};
      for (const store of Array.from(db.objectStoreNames).sort()) {
        const count = await new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
        dump[name][store] = count;
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}

test('a workshop exported on one laptop opens on another with its whole agenda', async ({ page, browser }) => {
  await createWorkshop(page, { title: 'Provincial forum, Kisumu', format: 'Three-part forum' });
  await page.getByLabel('Title of part 1').fill('Skills that matter here');
  await page.getByTestId('part-minutes').first().fill('25');
  const file = await exportFromHome(page, 'Provincial forum, Kisumu');
  expect(file.name).toBe('provincial-forum-kisumu.baraza');

  const laptopB = await (await browser.newContext()).newPage();
  await laptopB.goto('/');
  await expect(laptopB.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await importFile(laptopB, file.name, file.bytes);
  await expect(laptopB.getByRole('status')).toContainText('“Provincial forum, Kisumu” was added to this device.');
  const card = laptopB.getByTestId('workshop-card');
  await expect(card).toContainText('3 parts');
  await card.getByRole('link', { name: 'Provincial forum, Kisumu' }).click();
  await expect(laptopB.getByTestId('agenda-row')).toHaveCount(3);
  await expect.poll(async () => (await partTitles(laptopB))[0]).toBe('Skills that matter here');
  await expect(laptopB.getByTestId('part-minutes').first()).toHaveValue('25');
  await laptopB.context().close();
});

test('edits made apart on two laptops are both kept when a file is merged back', async ({ page, browser }) => {
  await createWorkshop(page, { title: 'Roundtable, Accra', format: 'Three-part forum' });
  const first = await exportFromHome(page, 'Roundtable, Accra');
  const laptopB = await (await browser.newContext()).newPage();
  await laptopB.goto('/');
  await importFile(laptopB, first.name, first.bytes);
  await expect(laptopB.getByTestId('workshop-card')).toContainText('Roundtable, Accra');

  // Apart: A renames part 1, B sets the venue.
  await page.getByTestId('workshop-card').getByRole('link').click();
  await page.getByLabel('Title of part 1').fill('What civil servants need');
  await laptopB.getByTestId('workshop-card').getByRole('link').click();
  await laptopB.getByRole('link', { name: 'Details' }).click();
  await laptopB.getByLabel('Venue or online link').fill('Kempinski, Accra');
  await goHome(laptopB);
  await expect(laptopB.getByTestId('workshop-card')).toContainText('Kempinski, Accra');
  const fromB = await exportFromHome(laptopB, 'Roundtable, Accra');
  await laptopB.context().close();

  await goHome(page);
  await importFile(page, fromB.name, fromB.bytes);
  await expect(page.getByRole('status')).toContainText('Merged “Roundtable, Accra”: 1 change.');
  await expect(page.getByTestId('workshop-card')).toHaveCount(1);
  await expect(page.getByTestId('workshop-card')).toContainText('Kempinski, Accra');
  await page.getByTestId('workshop-card').getByRole('link').click();
  await expect.poll(async () => (await partTitles(page))[0]).toBe('What civil servants need');
  await expect(page.getByTestId('agenda-row')).toHaveCount(3);

  await goHome(page);
  await importFile(page, fromB.name, fromB.bytes);
  await expect(page.getByRole('status')).toContainText('“Roundtable, Accra” is already up to date');
});

test('a damaged or foreign file is refused with a message saying what to do, and nothing changes', async ({ page }) => {
  await createWorkshop(page, { title: 'Hackathon, Dakar', format: 'Three-part forum' });
  await page.getByLabel('Title of part 2').fill('Barriers we face');
  const good = await exportFromHome(page, 'Hackathon, Dakar');
  const cardsBefore = await page.getByTestId('workshop-card').allTextContents();
  const storeBefore = await storeContents(page);

  const flipped = Buffer.from(good.bytes);
  flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 0xff;
  const cases: [string, Buffer, string][] = [
    ['cut.baraza', good.bytes.subarray(0, good.bytes.length - 40), 'The file is cut short'],
    ['noise.baraza', Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 7919 + 13) % 256)), 'This is not a Baraza workshop file'],
    ['notes.baraza', Buffer.from('Minutes of the Dakar hackathon\nAction points: …\n'), 'This is not a Baraza workshop file'],
    ['altered.baraza', flipped, 'changed or damaged on its way here'],
  ];
  for (const [name, bytes, message] of cases) {
    await importFile(page, name, bytes);
    const notice = page.getByRole('alert');
    await expect(notice).toContainText(`“${name}” was not imported`);
    await expect(notice).toContainText(message);
    await expect(notice).toContainText('Nothing on this device was changed.');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  }

  expect(await page.getByTestId('workshop-card').allTextContents()).toEqual(cardsBefore);
  expect(await storeContents(page)).toBe(storeBefore);
  await page.getByTestId('workshop-card').getByRole('link').click();
  await expect.poll(() => partTitles(page)).toEqual(['The competency framework', 'Barriers we face', 'Roadmap']);
});
