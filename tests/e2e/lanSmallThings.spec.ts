import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../shared/exchange/csv';
import { coveredElements } from './coverage';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/** Small things of a room on the LAN, each seen as the facilitator or a participant sees it. */
const lan = lanRoom();

test('“Close to new joins” takes the QR code, the code and the hint off the panel and the projector', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  await lan.openToParticipants(facilitator);
  const panel = facilitator.getByTestId('open-panel');
  const projector = await facilitator.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('join-qr-slot')).toBeVisible();
  await expect(panel.getByTestId('join-test-hint')).toContainText('your own phone');

  await panel.getByRole('button', { name: 'Close to new joins' }).click();
  await expect(panel.getByTestId('joins-closed')).toBeVisible();
  for (const testId of ['join-qr', 'join-code', 'join-code-hint', 'join-link']) await expect(panel.getByTestId(testId)).toHaveCount(0);
  await expect(projector.getByTestId('join-qr-slot')).toBeHidden();
  await expect(projector.getByTestId('projector-join-code')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Open to new joins again' }).click();
  await expect(panel.getByTestId('join-qr')).toBeVisible();
  await expect(projector.getByTestId('join-qr-slot')).toBeVisible();
});

test('the projector window is not listed among the people connected', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  const projector = await facilitator.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('connection-status')).toHaveText('Connected');
  await lan.participantJoins(await lan.laptop(browser), link, 'Amina', 'Kigali forum');

  const who = facilitator.getByTestId('who-is-here');
  await expect(who).toContainText('Amina');
  // The facilitator (“you”) and Amina: no second facilitator for the projector.
  await expect(who.locator('li')).toHaveCount(2);
  await expect(who).not.toContainText('(facilitator)');
});

test('a participant changes their stakeholder group and gender under “My details”, and the register follows', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  const amina = await lan.laptop(browser);
  await lan.participantJoins(amina, link, 'Amina', 'Kigali forum');

  await amina.getByRole('button', { name: 'My details' }).click();
  await amina.getByLabel('Stakeholder group').selectOption({ label: 'Academia' });
  await amina.getByLabel('Gender').selectOption({ label: 'Woman' });
  await amina.getByRole('button', { name: 'Save' }).click();
  await expect(amina.getByText('Saved')).toBeVisible();

  await facilitator.goto(`/#/w/${id}/attendance`);
  const row = facilitator.getByTestId('register-row').filter({ hasText: 'Amina' });
  await expect(row).toContainText('Academia');
  await expect(row).toContainText('Woman');

  // Reopening the form shows what was saved.
  await amina.getByRole('button', { name: 'My details' }).click();
  await amina.getByRole('button', { name: 'My details' }).click();
  await expect(amina.getByLabel('Stakeholder group')).toHaveValue('academia');
  await expect(amina.getByLabel('Gender')).toHaveValue('woman');
});

test('with the room open, nothing fixed covers a heading or a control on the main screens, on a phone or a projector', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  const amina = await lan.laptop(browser);
  await lan.participantJoins(amina, link, 'Amina', 'Kigali forum');
  const screens: Array<[typeof facilitator, string]> = [
    [facilitator, `/#/w/${id}`],
    [facilitator, `/#/w/${id}/run`],
    [facilitator, `/#/w/${id}/attendance`],
    [facilitator, `/#/w/${id}/outcome`],
    [amina, `/#/w/${id}/participate`],
  ];
  for (const [page, route] of screens) {
    await page.goto(route);
    await expect(page.getByTestId('connection-status')).toHaveText('Connected');
    for (const size of [{ width: 360, height: 740 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await coveredElements(page), `${route} at ${size.width}×${size.height}`).toEqual([]);
    }
  }
});

test('a participant asks from their phone to join the coalition; the facilitator sees it, the programme’s list has them, and after they withdraw it no longer does', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Nairobi training', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  await facilitator.goto(`/#/w/${id}/attendance`);
  const settings = facilitator.getByTestId('coalition-settings');
  await settings.getByRole('checkbox', { name: 'Ask participants about the coalition' }).check();
  await settings.getByLabel('Consent text').fill('I agree to be listed for the\nAfrican digital skills coalition.');
  await settings.getByRole('button', { name: 'Add a working group' }).click();
  await settings.getByLabel('Working group 1').fill('Data governance');
  await settings.getByRole('button', { name: 'Save coalition settings' }).click();
  await expect(settings.getByRole('status')).toHaveText('Coalition settings saved.');

  const amina = await lan.laptop(browser);
  await lan.participantJoins(amina, link, 'Amina Njoroge', 'Nairobi training');
  await amina.getByRole('button', { name: 'My details' }).click();
  const interest = amina.getByTestId('coalition-interest');
  await expect(interest.getByTestId('consent-text')).toHaveText('I agree to be listed for the\nAfrican digital skills coalition.');
  await interest.getByRole('checkbox', { name: 'I am interested in joining the coalition' }).check();
  await interest.getByRole('checkbox', { name: 'Data governance' }).check();
  await interest.getByRole('button', { name: 'Save my choice' }).click();
  await expect(interest.getByRole('status')).toHaveText('Saved: you are on the coalition list.');

  const row = facilitator.getByTestId('coalition-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Amina Njoroge');
  await expect(row).toContainText('Data governance');

  await facilitator.goto('/');
  await facilitator.getByRole('button', { name: 'New programme' }).click();
  await facilitator.getByLabel('Programme name').fill('Digital capacity trainings 2026');
  await facilitator.keyboard.press('Enter');
  await facilitator.getByRole('button', { name: 'Add workshops' }).click();
  await facilitator.getByRole('checkbox', { name: 'Nairobi training' }).check();
  await facilitator.getByRole('button', { name: 'Add 1 workshop' }).click();
  const programmeUrl = facilitator.url();
  const exported = async (): Promise<string[][]> => {
    const download = facilitator.waitForEvent('download');
    await facilitator.getByRole('button', { name: 'Export the coalition list (CSV)' }).click();
    return parseCsv(await readFile(await (await download).path(), 'utf8'));
  };
  const listed = await exported();
  expect(listed).toHaveLength(2);
  expect(listed[1]?.slice(0, 9)).toEqual(['Amina Njoroge', '', '', '', '', 'Not recorded', 'true', expect.any(String), 'Data governance']);
  expect(listed[1]?.[10]).toBe('Nairobi training');

  // Amina changes her mind: unticking everything withdraws her.
  await interest.getByRole('checkbox', { name: 'I am interested in joining the coalition' }).uncheck();
  await interest.getByRole('checkbox', { name: 'Data governance' }).uncheck();
  await interest.getByRole('button', { name: 'Save my choice' }).click();
  await expect(interest.getByRole('status')).toHaveText('Withdrawn: you are no longer on the coalition list.');
  await facilitator.goto(`/#/w/${id}/attendance`);
  await expect(facilitator.getByTestId('coalition-panel')).toContainText('No one has said they are interested yet.');
  await facilitator.goto(programmeUrl);
  await expect(facilitator.getByTestId('programme-coalition-count')).toHaveText('0 people on the list');
  expect(await exported()).toHaveLength(1);
});
