import { expect, test } from '@playwright/test';
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
