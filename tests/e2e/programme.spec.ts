import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { encodeBarazaFile } from '../../shared/exchange/barazaFile';
import { fullDayForum } from '../fixtures/fullDayForum';
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

test('commitments of the first workshop are carried into the second, reviewed there, followed across the programme and reported on two pages', async ({ page }) => {
  await page.addInitScript(() => {
    // The browser's print dialog would block the test; the print page itself is what is checked.
    window.print = () => undefined;
  });
  // The first workshop, a full-day forum whose roadmap has nine agreed actions, comes as a file.
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file' }).first().click();
  await (await chooser).setFiles({ name: 'kigali.baraza', mimeType: 'application/octet-stream', buffer: Buffer.from(encodeBarazaFile(fullDayForum().doc, { appVersion: 'test' })) });
  await expect(page.getByTestId('workshop-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'New programme' }).click();
  await page.getByLabel('Programme name').fill('Digital capacity trainings 2026');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add workshops' }).click();
  await page.getByRole('checkbox', { name: /Kigali forum/ }).check();
  await page.getByRole('button', { name: 'Add 1 workshop' }).click();
  const programmeUrl = page.url();

  await page.getByRole('button', { name: 'New workshop in this programme' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  const carry = dialog.getByTestId('carry-forward');
  await expect(carry.getByRole('checkbox')).toHaveCount(9);
  await expect(carry.getByRole('checkbox', { checked: true })).toHaveCount(9);
  await carry.getByRole('checkbox', { name: /Pilot leadership briefings/ }).uncheck();
  await expect(carry).toContainText('8 ticked');
  await dialog.getByLabel('Title').fill('Nairobi training');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('workshop-title')).toHaveText('Nairobi training');
  await expect(page.getByTestId('agenda-row').nth(1)).toContainText('Review of earlier commitments');

  // The run reaches the review: the facilitator sets two statuses, each with a note.
  const id = /#\/w\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next part' }).click();
  const review = page.getByTestId('activity-facilitator');
  await expect(review.getByTestId('commitment')).toHaveCount(8);
  const first = review.getByTestId('commitment').first();
  const firstTitle = (await first.locator('.commitment-title').textContent()) ?? '';
  await first.getByRole('radio', { name: 'Done' }).check();
  await first.getByLabel('Note').fill('Signed in May');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByTestId('commitment-status')).toHaveText('Done');
  await expect(first.getByTestId('commitment-by')).toContainText('Set by');
  const second = review.getByTestId('commitment').nth(1);
  await second.getByRole('radio', { name: 'Not started' }).check();
  await second.getByLabel('Note').fill('Waiting for the budget');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(review.getByTestId('commitment-counts')).toHaveText('8 commitments: Done: 1 · Not started: 1 · Not reviewed yet: 6');

  // The report: its follow-up section, on two printed pages.
  await page.goto(`/#/w/${id}/outcome`);
  await page.getByRole('button', { name: 'Generate first draft' }).click();
  const fit = page.getByTestId('outcome-fit');
  await expect(fit).toHaveAttribute('data-measuring', 'false');
  // A first draft of a short session: the full-day forum's two pages are checked in reportPages.spec.ts.
  await expect(fit).toHaveAttribute('data-fits', 'true');
  await page.getByRole('button', { name: 'PDF', exact: true }).click();
  await expect(page.getByTestId('export-progress')).toHaveText('');
  const report = page.frameLocator('[data-testid="print-frame"]');
  await expect(report.getByRole('heading', { name: 'Follow-up of earlier commitments' })).toBeVisible();
  await expect(report.locator('p', { hasText: '8 commitments from earlier workshops were followed up' })).toHaveText('8 commitments from earlier workshops were followed up (done: 1, not started: 1, not reviewed: 6).');
  await expect(report.locator('li', { hasText: 'Waiting for the budget' })).toHaveCount(1);

  // The programme follows each commitment from where it was agreed to each review.
  await page.goto(programmeUrl);
  const history = page.getByTestId('commitment-history-entry').filter({ hasText: firstTitle });
  await expect(history.locator('li')).toHaveText(['Agreed at Digital capacity for public servants: Kigali forum (2026-03-10)', /^Nairobi training.*: Done — Signed in May$/]);
});
