import { expect, test, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/** What a screen reader or keyboard user meets on arriving at a screen and while the session runs. */
const lan = lanRoom();

test('focus lands on the new screen’s heading after creating a workshop and after joining, and a part change is announced politely on the phone', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  await expect(facilitator.getByRole('heading', { level: 1, name: 'Kigali forum' })).toBeFocused();
  const link = await lan.openToParticipants(facilitator);

  const phone = await lan.laptop(browser);
  await phone.goto(link);
  await phone.getByLabel('Your name').fill('Amina');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Kigali forum' })).toBeFocused();

  const announcer = phone.getByTestId('part-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText('');
  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(announcer).toHaveText('Now part 1 of 3: The competency framework');
  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  await expect(announcer).toHaveText('Now part 2 of 3: Challenges and needs');
  // The announcement did not move focus: the person stays where they were.
  await expect(phone.getByRole('heading', { level: 1, name: 'Kigali forum' })).toBeFocused();
});

/** Every text the timer's live region took on this page, in order, from now on. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="timer-announcer"]');
    const said: string[] = [];
    (window as unknown as { timerSaid: string[] }).timerSaid = said;
    if (region) new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { timerSaid: string[] }).timerSaid.filter((text) => text !== ''));
}

test('five minutes, one minute and time up are announced politely, once each, on the phone and on the facilitator’s screen', async ({ browser }) => {
  const facilitator = await lan.laptop(browser);
  // Both clocks are the test's, so half an hour passes in a moment; nothing is written meanwhile.
  await facilitator.clock.install();
  await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  const phone = await lan.laptop(browser);
  await phone.clock.install();
  await lan.participantJoins(phone, link, 'Amina', 'Kigali forum');
  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(phone.getByTestId('current-part-title')).toHaveText('The competency framework');

  const screens = [phone, facilitator];
  const heard = await Promise.all(screens.map((page) => recordAnnouncements(page)));
  for (const page of screens) await expect(page.getByTestId('timer-announcer')).toHaveAttribute('aria-live', 'polite');
  // The first part runs 30 minutes. Each jump is a phone waking from sleep: its next check
  // finds the moment passed and says it.
  const steps: [string, string][] = [
    ['25:02', 'Five minutes left for this part'],
    ['04:00', 'One minute left for this part'],
    ['01:00', 'Time is up for this part'],
  ];
  for (const [wait, message] of steps) {
    for (const page of screens) await page.clock.fastForward(wait);
    for (const page of screens) await expect(page.getByTestId('timer-announcer')).toHaveText(message);
  }
  // Running on over time says nothing more.
  for (const page of screens) await page.clock.runFor('00:05');
  for (const page of screens) await page.clock.fastForward('05:00');
  for (const listen of heard) expect(await listen()).toEqual(steps.map(([, message]) => message));
  await expect(phone.getByRole('heading', { level: 1, name: 'Kigali forum' })).toBeVisible();
});
