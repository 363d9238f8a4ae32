import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, chromium, expect, test, type ElectronApplication } from '@playwright/test';

/**
 * The packaged path a facilitator takes on the first day: open the app, create a workshop, open
 * it to participants (the in-process hub starts), a phone's browser joins by the join link, and
 * the outcome prints to PDF. Each run gets a fresh profile. Run by `npm run test:electron`.
 */
let app: ElectronApplication | undefined;
const profile = mkdtempSync(join(tmpdir(), 'baraza-electron-'));

test.afterAll(async () => {
  await app?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('the desktop app creates a workshop, opens it to a phone through its own hub, and prints the outcome to PDF', async () => {
  app = await _electron.launch({ args: ['.', `--user-data-dir=${profile}`] });
  const window = await app.firstWindow();

  await window.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = window.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('radio', { name: /Three-part forum/ }).check();
  await dialog.getByLabel('Title').fill('Desktop smoke test');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(window.getByTestId('workshop-title')).toHaveText('Desktop smoke test');

  await window.getByTestId('open-to-participants').click();
  await window.getByTestId('open-panel').getByRole('button', { name: 'Open to participants' }).click();
  const link = (await window.getByTestId('join-link').getAttribute('href')) ?? '';
  // Never loopback: a phone must be able to open it.
  expect(new URL(link).hostname).not.toMatch(/^(127\.|localhost$)/);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const phone = await browser.newPage();
    await phone.goto(link);
    await phone.getByLabel('Your name').fill('Amina');
    await phone.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(phone.getByTestId('participant')).toContainText('Desktop smoke test');
    await expect(window.getByTestId('who-is-here')).toContainText('Amina');
  } finally {
    await browser.close();
  }

  // The save dialog is the system's: answered here, in the main process, with a file of ours.
  const pdfPath = join(profile, 'outcome.pdf');
  await app.evaluate(({ dialog: dialogs }, path) => {
    dialogs.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialogs.showSaveDialog;
  }, pdfPath);
  await window.getByRole('link', { name: 'Outcome', exact: true }).click();
  await window.getByRole('button', { name: 'Generate first draft' }).click();
  await window.getByRole('button', { name: 'PDF', exact: true }).click();
  await expect.poll(() => {
    try {
      return readFileSync(pdfPath).subarray(0, 5).toString('latin1');
    } catch {
      return '';
    }
  }).toBe('%PDF-');
});
