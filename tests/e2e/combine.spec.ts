import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/**
 * Three provincial sessions combined on the home screen: the participants file carries every
 * person with the workshop they came from, and the combined draft counts them all.
 */

async function quickAdd(page: Page, id: string, name: string, gender: string): Promise<void> {
  await page.goto(`/#/w/${id}/attendance`);
  const form = page.getByTestId('quick-add');
  await form.getByLabel('Full name').fill(name);
  await form.getByLabel('Gender').selectOption({ label: gender });
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(form.getByLabel('Full name')).toHaveValue('');
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const event = page.waitForEvent('download');
  await click();
  const file = await event;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('three workshops combine into one dataset and one draft, each row keeping its source', async ({ page }) => {
  const nyeri = await createWorkshop(page, { title: 'Nyeri forum', format: 'Three-part forum' });
  await quickAdd(page, nyeri, 'Amina Njoroge', 'Woman');
  const kisumu = await createWorkshop(page, { title: 'Kisumu forum', format: 'Three-part forum' });
  await quickAdd(page, kisumu, 'Jean Habimana', 'Man');
  await createWorkshop(page, { title: 'Mombasa forum', format: 'Three-part forum' });

  await page.goto('/');
  await page.getByRole('button', { name: 'Combine workshops' }).click();
  const dialog = page.getByRole('dialog', { name: 'Combine workshops' });
  const participants = dialog.getByRole('button', { name: 'Participants (CSV)' });
  await expect(participants).toBeDisabled();

  // Picked with the keyboard: Tab to each box, Space to tick it.
  for (const title of ['Nyeri forum', 'Kisumu forum', 'Mombasa forum']) {
    await dialog.getByRole('checkbox', { name: title }).focus();
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('checkbox', { name: title })).toBeChecked();
  }
  await expect(dialog.getByTestId('combine-status')).toHaveText('3 workshops picked');

  const csv = await download(page, () => participants.click());
  expect(csv.name).toBe('combined-workshops-participants.csv');
  const rows = csv.text.trim().split('\r\n');
  expect(rows[0]).toContain('source_workshop_title');
  expect(rows).toHaveLength(3);
  expect(rows.find((row) => row.startsWith('Amina Njoroge'))).toMatch(/,Nyeri forum$/);
  expect(rows.find((row) => row.startsWith('Jean Habimana'))).toMatch(/,Kisumu forum$/);

  await dialog.getByLabel(/Chatham House/).check();
  const closed = await download(page, () => participants.click());
  expect(closed.text).not.toContain('Amina Njoroge');
  expect(closed.text).toContain('Nyeri forum');

  const markdown = await download(page, () => dialog.getByRole('button', { name: 'Draft report (Markdown)' }).click());
  expect(markdown.name).toBe('combined-workshops-report.md');
  expect(markdown.text).toContain('# Session summary: Nyeri forum, Kisumu forum, Mombasa forum (combined)');
  // Quick-added people have no onsite/online mode: the report says so rather than count them in the room.
  expect(markdown.text).toContain('2 people took part; whether in the room or online was not recorded; among them 1 man and 1 woman');

  const docx = await download(page, () => dialog.getByRole('button', { name: 'Draft report (DOCX)' }).click());
  expect(docx.name).toBe('combined-workshops-report.docx');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
