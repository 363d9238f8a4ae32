import { expect, test } from '@playwright/test';
import { createWorkshop } from './support';

/** Small things a facilitator or participant meets in their first hour, each seen as they see it. */

test('on a 360 px phone the home screen’s buttons wrap instead of scrolling “New workshop” out of sight', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const actions = page.locator('.home-actions');
  await expect(actions.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await page.screenshot({ path: 'test-results/home-360.png' });
  const fits = await actions.evaluate((element) => element.scrollWidth <= element.clientWidth);
  expect(fits).toBe(true);
  const box = await actions.getByRole('button', { name: 'New workshop' }).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('a finished session points to the Outcome tab and shows no time left', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Kigali forum', format: 'Three-part forum' });
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  const finished = page.getByTestId('run-finished');
  await expect(finished).toBeVisible();
  await expect(page.locator('.run-current')).not.toContainText(/left|\d+:\d\d/);
  await finished.getByRole('link', { name: 'Go to the Outcome tab' }).click();
  await expect(page).toHaveURL(new RegExp(`#/w/${id}/outcome$`));
});


test('roadmap challenge check boxes sit beside their labels, and a participant is told why they cannot tick them', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Roadmap forum', format: 'Three-part forum' });
  // A challenge card from part 2, added from a participant's tab (the facilitator's board has no composer).
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next part', exact: true }).click();
  const guest = await page.context().newPage();
  await guest.goto(`/#/w/${id}/participate`);
  const composer = guest.getByTestId('activity-participant').getByTestId('card-composer');
  await composer.getByLabel('Your card').fill('Ministries do not share data');
  await composer.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByTestId('activity-facilitator').getByTestId('idea-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next part', exact: true }).click();
  await page.getByTestId('activity-facilitator').getByRole('button', { name: 'Start from the draft roadmap' }).click();

  const host = page.getByTestId('activity-facilitator');
  const item = host.getByTestId('roadmap-item').first();
  await item.getByRole('button').first().click();
  const box = host.getByTestId('item-detail').getByRole('checkbox', { name: 'Ministries do not share data' });
  await expect(box).toBeEnabled();
  const boxArea = (await box.boundingBox())!;
  const labelArea = (await host.getByTestId('item-detail').locator('label.check', { hasText: 'Ministries do not share data' }).boundingBox())!;
  // A normal check box: small, at the start of its label's line, the text beside it.
  expect(boxArea.width).toBeLessThan(32);
  expect(boxArea.height).toBeLessThan(32);
  expect(boxArea.y).toBeLessThan(labelArea.y + labelArea.height / 2);
  expect(labelArea.height).toBeLessThan(boxArea.height * 3);
  await expect(host.getByTestId('item-detail').getByTestId('challenges-why')).toHaveCount(0);

  await expect(guest.getByTestId('activity-participant').getByTestId('roadmap-item').first()).toBeVisible();
  const guestPanel = guest.getByTestId('activity-participant');
  await guestPanel.getByTestId('roadmap-item').first().getByRole('button').first().click();
  const guestBox = guestPanel.getByTestId('item-detail').getByRole('checkbox', { name: 'Ministries do not share data' });
  await expect(guestBox).toBeDisabled();
  await expect(guestPanel.getByTestId('challenges-why')).toContainText('Only the facilitator');
  await guestPanel.getByTestId('item-detail').locator('.roadmap-links').screenshot({ path: 'test-results/roadmap-challenges-participant.png' });
});
