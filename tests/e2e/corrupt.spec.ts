import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { writeStoredDocs } from '../fixtures/seedStore';
import { createWorkshop, partTitles } from './support';

/**
 * Writes a Yjs update straight into the app's IndexedDB, as a foreign or buggy writer would: a
 * part whose duration is negative and whose kind does not exist. y-dexie stores v2 updates.
 */
function corruptPartUpdate(): number[] {
  const doc = new Y.Doc();
  const part = new Y.Map<unknown>();
  doc.getMap('parts').set('corruptPart1', part);
  part.set('id', 'corruptPart1');
  part.set('title', 'Written by something else');
  part.set('kind', 'karaoke');
  part.set('minutes', -5);
  part.set('questions', []);
  part.set('fixedStart', '');
  part.set('position', 99999);
  return [...Y.encodeStateAsUpdateV2(doc)];
}

async function storeUpdate(page: Page, workshopId: string, update: number[]): Promise<void> {
  await writeStoredDocs(page, [{ id: workshopId, update }]);
}

test('a stored workshop that fails validation opens read-only and says what is wrong, changing nothing', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Damaged', format: 'Three-part forum' });
  await storeUpdate(page, id, corruptPartUpdate());
  await page.reload();
  const notice = page.getByTestId('read-only-notice');
  await expect(notice).toContainText('This workshop is open read-only');
  await expect(notice).toContainText('agenda.corruptPart1.kind');
  await expect(notice).toContainText('agenda.corruptPart1.minutes');
  // The sound parts are still shown, and nothing can be edited.
  expect(await partTitles(page)).toEqual(['The competency framework', 'Challenges and needs', 'Roadmap']);
  await expect(page.getByLabel('Title of part 1')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Remove part' })).toHaveCount(0);
  await page.getByRole('link', { name: 'All workshops' }).click();
  await expect(page.getByTestId('workshop-card')).toContainText('Needs attention');
  await page.reload();
  await page.getByTestId('workshop-card').getByRole('link').click();
  await expect(page.getByTestId('read-only-notice')).toContainText('agenda.corruptPart1.minutes');
});

test('a stored change that cannot be read is reported, and what can be read is still shown', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Half readable', format: 'Three-part forum' });
  await storeUpdate(page, id, [0, 1, 2, 250, 255, 7, 9, 200, 13]);
  await page.reload();
  const notice = page.getByTestId('read-only-notice');
  await expect(notice).toContainText('One stored change to this workshop could not be read');
  await expect.poll(() => partTitles(page)).toEqual(['The competency framework', 'Challenges and needs', 'Roadmap']);
  await expect(page.getByLabel('Title of part 1')).toBeDisabled();
});

test('a screen that fails while drawing says what happened, and Reload carries on with every edit kept', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Fragile browser', format: 'Three-part forum' });
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next part', exact: true }).click();
  const host = page.getByTestId('activity-facilitator');
  await host.getByRole('button', { name: 'Start from the draft roadmap' }).click();
  await expect(host.getByTestId('roadmap-item')).toHaveCount(7);

  // A browser API that throws, as on a phone whose browser is old or broken in its own way.
  await page.evaluate(() => {
    HTMLElement.prototype.scrollIntoView = () => {
      throw new Error('scrolling is broken in this browser');
    };
  });
  await host.getByRole('button', { name: 'Collect good practices as use cases' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Something went wrong on this screen' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Everything entered so far is kept on this device');
  await expect(failure).toContainText('scrolling is broken in this browser');

  await failure.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('activity-facilitator').getByTestId('roadmap-item')).toHaveCount(7);
  await page.getByTestId('activity-facilitator').getByRole('button', { name: 'Collect good practices as use cases' }).click();
  await expect(page.getByTestId('item-detail').getByLabel('Title')).toHaveValue('Collect good practices as use cases');
});
