import { expect, test } from '@playwright/test';
import { createWorkshop } from './support';

test('an empty device explains what to do first', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Create your first workshop' }).click();
  await expect(page.getByRole('dialog', { name: 'New workshop' })).toBeVisible();
});

test('the home screen lists workshops newest first with format, date, venue and number of parts', async ({ page }) => {
  await createWorkshop(page, { title: 'Older dialogue', format: 'High-level dialogue' });
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByLabel('Venue or online link').fill('Radisson Blu, Dakar');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-03');
  await createWorkshop(page, { title: 'Newer forum', format: 'Three-part forum' });
  await page.getByRole('link', { name: 'All workshops' }).click();
  const cards = page.getByTestId('workshop-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('Newer forum');
  await expect(cards.nth(0)).toContainText('Three-part forum');
  await expect(cards.nth(0)).toContainText('3 parts');
  await expect(cards.nth(1)).toContainText('Older dialogue');
  await expect(cards.nth(1)).toContainText('High-level dialogue');
  await expect(cards.nth(1)).toContainText('2026-12-03');
  await expect(cards.nth(1)).toContainText('Radisson Blu, Dakar');
  await expect(cards.nth(1)).toContainText('4 parts');
});

test('a window closed right after an edit still leaves the home screen up to date', async ({ page, context }) => {
  await createWorkshop(page, { title: 'Closed in a hurry', format: 'High-level dialogue' });
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByLabel('Venue or online link').fill('Kigali Convention Centre');
  await expect(page.getByLabel('Date', { exact: true })).toBeEditable();

  // Another window keeps the table of home-screen rows busy, so that this window cannot write
  // its row before it closes: the document itself is stored apart, and journaled.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('baraza');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const rows = opening.result.transaction('workshops', 'readwrite').objectStore('workshops');
          const keepBusy = () => {
            if (!(window as { releaseRows?: boolean }).releaseRows) rows.count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
  );
  await page.getByLabel('Date', { exact: true }).fill('2026-12-03');
  await page.waitForTimeout(300);
  await page.close();
  await other.evaluate(() => ((window as { releaseRows?: boolean }).releaseRows = true));

  await other.reload();
  const card = other.getByTestId('workshop-card').filter({ hasText: 'Closed in a hurry' });
  await expect(card).toContainText('Kigali Convention Centre');
  await expect(card).toContainText('2026-12-03');
});

test('deleting asks first, and Undo brings the workshop back', async ({ page }) => {
  await createWorkshop(page, { title: 'Keep me', format: 'Lightning talk' });
  await page.getByRole('link', { name: 'All workshops' }).click();
  const card = page.getByTestId('workshop-card').filter({ hasText: 'Keep me' });
  await card.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Keep me”?' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByTestId('workshop-card')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: 'Keep me' }).click();
  await expect(page.getByTestId('agenda-row')).toHaveCount(2);
});

test('a deleted workshop is gone for good once the screen is left', async ({ page }) => {
  await createWorkshop(page, { title: 'Gone', format: 'Blank' });
  await page.getByRole('link', { name: 'All workshops' }).click();
  await page.getByTestId('workshop-card').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByTestId('workshop-card')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
});

test('duplicating reuses the agenda under a new title, and archiving hides a workshop until asked', async ({ page }) => {
  await createWorkshop(page, { title: 'Provincial forum', format: 'Three-part forum' });
  await page.getByTestId('part-minutes').first().fill('25');
  await page.getByRole('link', { name: 'All workshops' }).click();
  await page.getByTestId('workshop-card').getByRole('button', { name: 'Duplicate' }).click();
  const copy = page.getByTestId('workshop-card').filter({ hasText: 'Copy of Provincial forum' });
  await expect(copy).toContainText('3 parts');
  await copy.getByRole('link').click();
  await expect(page.getByTestId('part-minutes').first()).toHaveValue('25');
  await page.getByRole('link', { name: 'All workshops' }).click();
  await page.getByTestId('workshop-card').filter({ hasText: 'Copy of' }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('workshop-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show archived (1)' }).click();
  await expect(page.getByTestId('workshop-card').filter({ has: page.locator('.badge', { hasText: 'Archived' }) })).toContainText('Copy of Provincial forum');
});

test('two windows of the app on one machine stay in step', async ({ page, context }) => {
  const id = await createWorkshop(page, { title: 'Shared screen', format: 'Three-part forum' });
  const second = await context.newPage();
  await second.goto(`/#/w/${id}`);
  await expect(second.getByTestId('agenda-row')).toHaveCount(3);
  await page.getByTestId('part-minutes').first().fill('50');
  await expect(second.locator('.agenda-clock').nth(2)).toHaveText('10:20–10:50');
  await second.getByLabel('Title of part 2').fill('Barriers we face');
  await expect(page.getByLabel('Title of part 2')).toHaveValue('Barriers we face');
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByTestId('workshop-card')).toContainText('Shared screen');
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Shared screen, renamed');
  await expect(home.getByTestId('workshop-card')).toContainText('Shared screen, renamed');
});
