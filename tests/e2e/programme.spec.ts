import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/**
 * A programme gathers workshops held one after another: made from the home screen, filled from
 * this device and from an imported .baraza file, listed with attendance and status, renamed, and
 * deleted only after a confirmation that leaves its workshops in place.
 */

async function quickAdd(page: Page, id: string, name: string): Promise<void> {
  await page.goto(`/#/w/${id}/attendance`);
  const form = page.getByTestId('quick-add');
  await form.getByLabel('Full name').fill(name);
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(form.getByLabel('Full name')).toHaveValue('');
}

test('a programme lists its workshops, takes an imported file, and is deleted only on confirmation', async ({ page }) => {
  const kenya = await createWorkshop(page, { title: 'Nairobi training', format: 'Three-part forum' });
  await quickAdd(page, kenya, 'Amina Njoroge');
  await quickAdd(page, kenya, 'Otieno Ouma');
  await createWorkshop(page, { title: 'Kigali training', format: 'Three-part forum' });
  await createWorkshop(page, { title: 'Dakar training', format: 'Three-part forum' });

  // The Dakar workshop comes back as a file, as it would from another laptop.
  await page.goto('/');
  const dakarCard = page.getByTestId('workshop-card').filter({ hasText: 'Dakar training' });
  const download = page.waitForEvent('download');
  await dakarCard.getByRole('button', { name: 'Export' }).click();
  const file = await readFile(await (await download).path());

  await page.getByRole('button', { name: 'New programme' }).click();
  await page.getByLabel('Programme name').fill('   ');
  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the programme a name.');
  await page.getByLabel('Programme name').fill('Digital capacity trainings 2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital capacity trainings 2026');
  await expect(page.getByText('No workshops in this programme yet.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Add workshops' }).click();
  await page.getByRole('checkbox', { name: 'Nairobi training' }).check();
  await page.getByRole('checkbox', { name: 'Kigali training' }).check();
  await page.getByRole('button', { name: 'Add 2 workshops' }).click();
  await page.getByTestId('import-file-input').setInputFiles({ name: 'dakar.baraza', mimeType: 'application/octet-stream', buffer: file });

  const table = page.getByTestId('programme-workshops');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  const nairobi = table.locator('tbody tr').filter({ hasText: 'Nairobi training' });
  await expect(nairobi.locator('td')).toContainText(['', '', 'Three-part forum', '2', 'Planned']);

  await table.getByRole('button', { name: 'Remove Kigali training from the programme' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Programme name').fill('Trainings: Kenya and Senegal');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainings: Kenya and Senegal');

  await page.getByRole('button', { name: 'Delete programme' }).click();
  const confirm = page.getByRole('dialog', { name: /Delete the programme/ });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainings: Kenya and Senegal');
  await page.getByRole('button', { name: 'Delete programme' }).click();
  await confirm.getByRole('button', { name: 'Delete programme' }).click();

  await expect(page.getByRole('heading', { name: 'Programmes' })).toBeVisible();
  await expect(page.getByTestId('programme-link')).toHaveCount(0);
  await expect(page.getByTestId('workshop-card')).toHaveCount(3);
});
