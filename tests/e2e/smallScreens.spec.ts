import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { expectAxeClean } from './axe';
import { smallPhone, unreachableControls } from './reachable';
import { createWorkshop } from './support';

/**
 * Every participant screen on the narrowest phone (320 px) with the text twice its usual size:
 * each control must be on the screen (not pushed off it sideways) and be what a finger touching
 * its middle would hit (not covered by the status line or anything else); and axe-core finds
 * nothing serious on it.
 */
const lan = lanRoom();

async function expectAllReachable(page: Page, screen: string): Promise<void> {
  // Soft, so one run reports every screen that fails, not only the first.
  expect.soft(await unreachableControls(page), screen).toEqual([]);
  await expectAxeClean(page, screen);
  // Kept with the results, for a person to look at.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`${screen.replace(/\W+/g, '-')}.png`) });
}

test('at 320 px and 200 % text every control of every participant screen is on screen and not covered', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  await createWorkshop(facilitator, { title: 'Kigali forum on digital skills for the public service', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);

  const phone = await lan.laptop(browser);
  await smallPhone(phone);
  await phone.goto(link);
  await phone.getByLabel('Your name').fill('Amina');
  await phone.getByText('Also add my organisation', { exact: false }).click();
  await expectAllReachable(phone, 'join screen');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.getByTestId('connection-status')).toHaveText('Connected');
  await expect(phone.getByTestId('participant-message')).toContainText('has not started yet');
  await expectAllReachable(phone, 'waiting for the start');

  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  const activity = phone.getByTestId('activity-participant');
  await expect(activity).toHaveAttribute('data-activity', 'competencies');
  await expectAllReachable(phone, 'competencies');

  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  await expect(activity).toHaveAttribute('data-activity', 'cards');
  await expectAllReachable(phone, 'cards');

  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  await facilitator.getByTestId('activity-facilitator').getByRole('button', { name: 'Start from the draft roadmap' }).click();
  await expect(activity.getByTestId('roadmap-item')).toHaveCount(7);
  await expectAllReachable(phone, 'roadmap board');
  for (const view of ['Priorities', 'Timeline']) {
    await activity.getByText(view, { exact: true }).click();
    await expectAllReachable(phone, `roadmap ${view}`);
  }
  await activity.getByText('Board', { exact: true }).click();
  const title = 'Offer trainings on the competency framework';
  await activity.getByTestId('roadmap-item').filter({ hasText: title }).getByRole('button', { name: title }).click();
  await expect(activity.getByTestId('description-editor')).toBeVisible();
  await expectAllReachable(phone, 'roadmap item');

  await phone.getByRole('button', { name: 'My details' }).click();
  await expectAllReachable(phone, 'my details');

  // The check itself: a badge laid over the screen, as the status line once was, is caught.
  await phone.evaluate(() => {
    const badge = document.createElement('div');
    badge.style.cssText = 'position: fixed; inset-inline: 0; inset-block: 0; background: #fff; z-index: 50';
    document.body.append(badge);
  });
  expect(await unreachableControls(phone)).toEqual(expect.arrayContaining([expect.stringMatching(/is covered by <div>/)]));
});
