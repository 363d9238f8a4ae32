import { expect, test } from '@playwright/test';
import { createWorkshop } from './support';

/**
 * The facilitator marks a card "outcome" during the run; the outcome tab's first draft then
 * leads its tangible outcomes with that card's words, and the line's Sources show the card.
 */
test('a card marked as outcome during the run leads the drafted tangible outcomes, and its line shows where it came from', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Marked outcomes', format: 'Three-part forum' });
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const participant = await page.context().newPage();
  await participant.goto(`/#/w/${id}/participate`);
  await page.getByRole('button', { name: 'Next part', exact: true }).click();

  const composer = participant.getByTestId('activity-participant').getByTestId('card-composer');
  for (const text of ['The county will publish its registries as open data by June', 'Staff lack training on data tools']) {
    await composer.getByLabel('Your card').fill(text);
    await composer.getByRole('button', { name: 'Add card' }).click();
  }
  const board = page.getByTestId('activity-facilitator');
  await expect(board.getByTestId('idea-card')).toHaveCount(2);
  const mark = board.getByRole('button', { name: 'Mark as outcome: The county will publish its registries as open data by June' });
  await expect(mark).toHaveAttribute('aria-pressed', 'false');
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  // A participant's screen offers no such button.
  await expect(participant.getByRole('button', { name: /^Mark as outcome/ })).toHaveCount(0);

  await page.goto(`/#/w/${id}/outcome`);
  await page.getByRole('button', { name: 'Generate first draft' }).click();
  const outcomes = page.getByTestId('section-outcomes');
  const first = outcomes.getByRole('textbox').first();
  await expect(first).toHaveValue('The county will publish its registries as open data by June');
  // The unmarked card is not a tangible outcome.
  await expect(outcomes.getByRole('textbox').filter({ hasText: 'Staff lack training' })).toHaveCount(0);

  const sources = outcomes.getByTestId('outcome-sources').first();
  await sources.getByText('Sources').click();
  await expect(sources.getByRole('listitem')).toHaveCount(1);
  await expect(sources.getByRole('listitem')).toContainText('Card');
  await expect(sources.getByRole('listitem')).toContainText('The county will publish its registries as open data by June');
});
