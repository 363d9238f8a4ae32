import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * Files attached to a pitch stay on the laptop that attached them: a small file is listed, can be
 * removed and brought back, and one over the size cap is refused with a message. Deleting the
 * workshop takes its files, and its stored document, off the laptop too.
 */
test('a team attaches a file to its pitch, an oversized one is refused, and deleting the workshop removes the file', async ({ page, context }) => {
  const id = await createWorkshop(page, { title: 'Hackathon files', format: 'Policy hackathon \\(one day\\)' });
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  async function next(times: number) {
    for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Next part', exact: true }).click();
  }
  await next(2);

  const ada = await context.newPage();
  await ada.addInitScript(() => localStorage.setItem('baraza.deviceId', 'device-ada'));
  await ada.goto(`/#/w/${id}/participate`);
  await ada.getByLabel('Your name').fill('Ada');
  await ada.getByLabel('Team name').fill('Clinic Finders');
  await ada.getByRole('button', { name: 'Form team' }).click();
  await expect(ada.getByTestId('my-team')).toContainText('Your team: Clinic Finders');

  await next(4);
  const files = ada.getByTestId('attachments');
  await expect(files).toContainText('kept on this device');
  await files.getByTestId('attachment-input').setInputFiles({ name: 'queue-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Queue lengths by clinic') });
  await expect(files.getByTestId('attachment-row')).toHaveCount(1);
  await expect(files.getByTestId('attachment-row')).toContainText('queue-notes.txt');

  const oversized = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
  await files.getByTestId('attachment-input').setInputFiles({ name: 'huge.bin', mimeType: 'application/octet-stream', buffer: oversized });
  await expect(files.getByTestId('attachment-error')).toContainText('huge.bin');
  await expect(files.getByTestId('attachment-error')).toContainText('the limit is 5.0 MB');
  await expect(files.getByTestId('attachment-row')).toHaveCount(1);

  // Removal can be undone, since a mis-click would otherwise lose the only copy.
  await files.getByRole('button', { name: 'Remove queue-notes.txt' }).click();
  await expect(files.getByTestId('attachment-row')).toHaveCount(0);
  await files.getByRole('button', { name: 'Undo' }).click();
  await expect(files.getByTestId('attachment-row')).toContainText('queue-notes.txt');
  await ada.close();

  expect(await storedRows(page, id)).toEqual({ attachments: 1, hasDocument: true });
  await page.goto('/#/');
  await page.getByTestId('workshop-card').filter({ hasText: 'Hackathon files' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByTestId('workshop-card')).toHaveCount(0);
  // Undo stays possible while the home screen is open; leaving it makes the deletion final.
  await page.evaluate((workshop) => (location.hash = `#/w/${workshop}`), id);
  await expect.poll(() => storedRows(page, id)).toEqual({ attachments: 0, hasDocument: false });
});

/** Reads IndexedDB directly, as anyone with the laptop could. */
function storedRows(page: Page, workshopId: string): Promise<{ attachments: number; hasDocument: boolean }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('baraza');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const read = database.transaction(['attachments', '$workshops.doc_updates']);
          const attachments = read.objectStore('attachments').index('workshopId').count(id);
          const updates = read.objectStore('$workshops.doc_updates').index('k').count(id);
          read.oncomplete = () => {
            database.close();
            resolve({ attachments: attachments.result, hasDocument: updates.result > 0 });
          };
          read.onerror = () => reject(read.error);
        };
      }),
    workshopId,
  );
}
