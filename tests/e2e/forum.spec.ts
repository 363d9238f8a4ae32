import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * The whole three-part forum, as a room would run it before the LAN joins in: the facilitator's
 * run screen, the projector, and two participants in tabs of the same browser. Each participant
 * tab gets its own device id, as two phones would have.
 */

async function participantTab(context: BrowserContext, workshopId: string, device: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((id) => localStorage.setItem('baraza.deviceId', id), device);
  await page.goto(`/#/w/${workshopId}/participate`);
  return page;
}

async function addCard(page: Page, text: string, category: string) {
  const composer = page.getByTestId('activity-participant').getByTestId('card-composer');
  await composer.getByLabel('Your card').fill(text);
  await composer.getByLabel('Category').selectOption({ label: category });
  await composer.getByRole('button', { name: 'Add card' }).click();
}

test('a three-part forum runs from start to end with two participants, the projector following on its own', async ({ page, context }) => {
  // The format's own dot vote on the challenges, between the challenges and the roadmap.
  const id = await createWorkshop(page, { title: 'Forum, Dakar', format: 'Three-part forum', dotVote: true });
  await expect(page.getByTestId('agenda-row')).toHaveCount(4);

  const projector = await context.newPage();
  await projector.goto(`/#/w/${id}/projector`);
  const amina = await participantTab(context, id, 'device-amina');
  const kofi = await participantTab(context, id, 'device-kofi');
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Part 1: competency priorities and self-ratings from both reach the heat map.
  await expect(projector.getByRole('heading', { name: 'The competency framework' })).toBeVisible();
  for (const [person, level] of [[amina, 'Confident'], [kofi, 'Basic']] as const) {
    const panel = person.getByTestId('activity-participant');
    await panel.getByRole('button', { name: 'Add a dot to: Data-driven decision making' }).click();
    await panel.getByRole('group', { name: /Systems thinking/ }).getByRole('radio', { name: level }).check();
  }
  const facilitator = page.getByTestId('activity-facilitator');
  await expect(facilitator.getByTestId('result-row').first()).toContainText('Data-driven decision making');
  await expect(facilitator.getByTestId('result-row').first()).toContainText('2 dots');
  await expect(facilitator.getByTestId('heat-row').filter({ hasText: 'Systems thinking' })).toContainText('(2)');
  // The wall shows the ranking and the whole heat map at once, on a 1080p projector.
  await projector.setViewportSize({ width: 1920, height: 1080 });
  const partOne = projector.getByTestId('activity-projector');
  await expect(partOne.getByTestId('heat-row').filter({ hasText: 'Systems thinking' })).toContainText('(2)');
  await expect(partOne.getByTestId('result-row').first()).toBeInViewport({ ratio: 1 });
  await expect(partOne.getByTestId('heat-row').last()).toBeInViewport({ ratio: 1 });

  // Part 2: cards from both participants appear on the projector as they arrive.
  await page.getByRole('button', { name: 'Next part', exact: true }).click();
  await expect(amina.getByRole('heading', { name: 'Challenges and needs' })).toBeVisible();
  await addCard(amina, 'No budget line for training', 'Human resource capacity');
  await addCard(kofi, 'Ministries do not share data', 'Data and infrastructure');
  await addCard(kofi, 'Leaders see digital as IT work', 'Cultural and organisational');
  const wall = projector.getByTestId('activity-projector');
  await expect(wall.getByTestId('idea-card')).toHaveCount(3);

  // The vote ranks the cards.
  await page.getByRole('button', { name: 'Next part', exact: true }).click();
  await amina.getByRole('button', { name: 'Add a dot to: Ministries do not share data' }).click();
  await kofi.getByRole('button', { name: 'Add a dot to: Ministries do not share data' }).click();
  await kofi.getByRole('button', { name: 'Add a dot to: No budget line for training' }).click();
  const ranking = facilitator.getByTestId('result-row');
  await expect(ranking.first()).toContainText('Ministries do not share data');
  await expect(ranking.first()).toContainText('2 dots');
  await expect(ranking.nth(1)).toContainText('No budget line for training');

  // A reload mid-part keeps the timer and everything the room added. (Paused, so that the
  // seconds shown cannot tick between the two readings.)
  await page.getByRole('button', { name: /^Pause/ }).click();
  const before = await page.getByTestId('countdown').textContent();
  await page.reload();
  await expect(page.getByTestId('countdown')).toHaveText(before ?? '');
  await expect(page.getByTestId('activity-facilitator').getByTestId('result-row').first()).toContainText('2 dots');
  await page.getByRole('button', { name: /^Resume/ }).click();

  // Part 3, then the end: everyone follows to the closing message.
  await page.getByRole('button', { name: 'Next part', exact: true }).click();
  await expect(kofi.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
  await expect(projector.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Finish/ }).click();
  await expect(projector.getByText('Thank you for taking part.')).toBeVisible();
});
