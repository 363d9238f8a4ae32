import { expect, test } from '@playwright/test';
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
