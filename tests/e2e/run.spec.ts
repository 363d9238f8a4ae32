import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/** Opens the run screen from the workshop's header, as a facilitator would. */
async function openRun(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Run the session' }).click();
  await expect(page.getByTestId('current-part-title')).toBeVisible();
}

const digits = (page: Page) => page.getByTestId('countdown-digits');
const scheduleTimes = (page: Page) => page.getByTestId('schedule-time').allTextContents();

test('the first part starts with its question and a countdown that pauses, extends and warns at two minutes', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T08:50:00') });
  await createWorkshop(page, { title: 'Kigali forum', format: 'Three-part forum' });
  await openRun(page);
  await expect(page.getByTestId('current-part-title')).toHaveText('The competency framework');
  await expect(page.getByTestId('current-questions')).toContainText('digital skills');
  await expect(digits(page)).toHaveText('30:00');

  await page.clock.pauseAt(new Date('2026-03-10T09:00:00'));
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-status', 'running');
  await page.clock.fastForward('10:00');
  await expect(digits(page)).toHaveText('20:00');

  await page.clock.fastForward('18:30');
  await expect(digits(page)).toHaveText('1:30');
  await expect(page.getByTestId('run-signal')).toHaveText('Two minutes left');

  // Space pauses; time passing while paused does not count; the 5 key adds five minutes.
  await page.locator('body').press('Space');
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-status', 'paused');
  await page.clock.fastForward('03:00');
  await expect(digits(page)).toHaveText('1:30');
  await page.getByRole('button', { name: '+5 min' }).click();
  await expect(digits(page)).toHaveText('6:30');
  await page.keyboard.press('1');
  await expect(digits(page)).toHaveText('7:30');
});

test('a part that runs long shows overtime, and next part re-plans the rest of the schedule; the projector follows', async ({ page, context }) => {
  await page.clock.install({ time: new Date('2026-03-10T08:50:00') });
  const id = await createWorkshop(page, { title: 'Running late', format: 'Three-part forum' });
  await openRun(page);
  // The projector opens while the clock still runs: loading a stored workshop waits on timers.
  const projector = await context.newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('projector-message')).toHaveText('We start in a moment.');
  await expect(projector.getByTestId('join-qr-slot')).toBeHidden();

  await page.clock.pauseAt(new Date('2026-03-10T09:00:00'));
  expect(await scheduleTimes(page)).toEqual(['09:00–09:30', '09:30–10:00', '10:00–10:30']);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  await page.clock.fastForward('40:00');
  await expect(digits(page)).toHaveText('+10:00');
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-status', 'overtime');
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(page.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await expect(page.getByTestId('run-drift')).toHaveText('Running 10 min late');
  expect(await scheduleTimes(page)).toEqual(['09:00–09:40', '09:40–10:10', '10:10–10:40']);
  await expect(page.getByTestId('run-log')).toContainText('09:00–09:40, 40 min');

  await page.clock.resume();
  await expect(projector.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await expect(projector.getByTestId('current-questions')).toContainText('concrete challenge');
});

test('reloading mid-part keeps the same remaining time and the run log', async ({ page }) => {
  await createWorkshop(page, { title: 'Reload', format: 'Three-part forum' });
  await openRun(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: '+5 min' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  const before = await digits(page).textContent();
  expect(before).toMatch(/^3[45]:\d\d$/);
  await page.reload();
  await expect(digits(page)).toHaveText(before ?? '');
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('run-log')).toContainText('The competency framework');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('countdown')).toHaveAttribute('data-status', 'running');
});

test('a participant on a 360 px phone waits, then sees the current question and follows the facilitator', async ({ page, context }) => {
  const id = await createWorkshop(page, { title: 'Phones', format: 'Three-part forum' });
  await openRun(page);
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(`/#/w/${id}/participate`);
  await expect(phone.getByTestId('participant-message')).toContainText('has not started yet');

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(phone.getByTestId('current-part-title')).toHaveText('The competency framework');
  await expect(phone.getByTestId('current-questions')).toContainText('digital skills');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.locator('body').press('n');
  await expect(phone.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByTestId('run-finished')).toBeVisible();
  await expect(phone.getByTestId('participant-message')).toContainText('has ended');
});

test('each part’s activity is chosen and tuned in the agenda, and the choice survives a reload', async ({ page }) => {
  await createWorkshop(page, { title: 'Activities', format: 'Three-part forum' });
  const challenges = page.getByTestId('agenda-row').nth(1).getByTestId('activity-settings');
  await challenges.locator('summary').click();
  await expect(challenges.locator('summary')).toHaveText('Activity: Cards (brainstorm)');
  await expect(challenges.getByLabel('Categories')).toHaveValue(/Cultural and organisational/);
  await challenges.getByLabel('What participants do').selectOption('dots');
  await challenges.getByLabel('Dots per person').fill('5');
  await challenges.getByLabel('Hide results until I close the vote').check();
  await challenges.getByLabel('Dots per person').fill('50');
  await expect(challenges.getByRole('alert')).toHaveText('Enter a whole number from 1 to 20.');
  await page.reload();
  const again = page.getByTestId('agenda-row').nth(1).getByTestId('activity-settings');
  await expect(again.locator('summary')).toHaveText('Activity: Dot voting');
  await again.locator('summary').click();
  await expect(again.getByLabel('Dots per person')).toHaveValue('5');
  await expect(again.getByLabel('Hide results until I close the vote')).toBeChecked();
});
