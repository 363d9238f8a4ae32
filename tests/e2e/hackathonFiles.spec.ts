import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * Files attached to a pitch go into the workshop (shared through the hub in a room; see
 * lanActivities.spec.ts): a small file is listed, can be removed after confirming and brought
 * back, and one over the size cap or of a type that is not shared is refused with a message.
 * Deleting the workshop takes its files, with its stored document, off the laptop.
 */
test('a team attaches a file to its pitch, an oversized or unsafe one is refused, and deleting the workshop removes the file', async ({ page, context }) => {
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
  await expect(files).toContainText('shared through the room');
  await expect(files).toContainText('No files attached.');
  await files.getByTestId('attachment-input').setInputFiles({ name: 'queue-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Queue lengths by clinic') });
  await expect(files.getByTestId('attachment-row')).toHaveCount(1);
  await expect(files.getByTestId('attachment-row')).toContainText('queue-notes.txt');

  const oversized = Buffer.alloc(1024 * 1024 + 1, 1);
  await files.getByTestId('attachment-input').setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: oversized });
  await expect(files.getByTestId('attachment-error')).toContainText('huge.pdf');
  await expect(files.getByTestId('attachment-error')).toContainText('the limit is 1.0 MB');
  await files.getByTestId('attachment-input').setInputFiles({ name: 'pitch.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
  await expect(files.getByTestId('attachment-error')).toContainText('pitch.html is not a kind of file that can be shared here');
  await expect(files.getByTestId('attachment-row')).toHaveCount(1);

  // Removal asks first, and can be undone, since a mis-click would take the file from everyone.
  await files.getByRole('button', { name: 'Remove queue-notes.txt' }).click();
  await ada.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(files.getByTestId('attachment-row')).toHaveCount(1);
  await files.getByRole('button', { name: 'Remove queue-notes.txt' }).click();
  await ada.getByRole('dialog').getByRole('button', { name: 'Remove file' }).click();
  await expect(files.getByTestId('attachment-row')).toHaveCount(0);
  await files.getByRole('button', { name: 'Undo' }).click();
  await expect(files.getByTestId('attachment-row')).toContainText('queue-notes.txt');
  await ada.close();

  expect(await storedRows(page, id)).toEqual({ attachments: 0, hasDocument: true });
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
