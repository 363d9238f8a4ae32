import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/*
 * The ten insights check from three phones: each rates their organisation on their own device,
 * and the facilitator and the projector see the room's spread per insight, never who said what.
 */

const lan = lanRoom();

async function answer(page: Page, insight: string, level: string): Promise<void> {
  const scale = page.getByTestId('activity-participant').getByRole('group', { name: insight });
  await scale.getByRole('radio', { name: level }).check();
  await expect(scale.getByRole('radio', { name: level })).toBeChecked();
}

/** The counts of one profile row: levels 1 to 5, then "don't know". */
function counts(scope: Locator, insightId: string): Locator {
  return scope.getByTestId('insight-profile').locator(`tr[data-insight="${insightId}"] td.insight-cell`);
}

test('three participants rate their organisations; the projector shows the spread per insight and the check closes', async ({ browser }) => {
  // Four browser contexts join one hub; on a shared CI machine that alone can take half a minute.
  test.setTimeout(120_000);
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali training', format: 'Three-part forum' });
  const first = facilitator.getByTestId('agenda-row').first().getByTestId('activity-settings');
  await first.locator('summary').click();
  await first.getByLabel('What participants do').selectOption('insights');
  await expect(first.getByLabel('Anonymous (I see how many answered, not who)')).toBeChecked();
  const link = await lan.openToParticipants(facilitator);

  const phones: Page[] = [];
  for (const name of ['Amina', 'Jean', 'Fatou']) {
    const phone = await lan.laptop(browser);
    await lan.participantJoins(phone, link, name, 'Kigali training');
    phones.push(phone);
  }
  await facilitator.goto(`/#/w/${id}/run`);
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  const projector = await facilitator.context().newPage();
  lan.watch(projector);
  await projector.goto(`/#/w/${id}/projector`);

  const [amina, jean, fatou] = phones as [Page, Page, Page];
  await expect(amina.getByTestId('insight')).toHaveCount(10);
  await answer(amina, 'Change starts at the top', 'Fully');
  await answer(amina, 'It all comes down to data', 'Starting');
  await answer(jean, 'Change starts at the top', 'Not at all');
  await answer(jean, 'It all comes down to data', 'Don\'t know');
  await answer(fatou, 'Change starts at the top', 'Fully');
  // A change of mind replaces the earlier answer rather than adding one.
  await answer(fatou, 'It all comes down to data', 'Partly');
  await answer(fatou, 'It all comes down to data', 'Mostly');
  await expect(fatou.getByTestId('activity-participant')).toContainText('2 of 10 answered');

  const screen = projector.getByTestId('activity-projector');
  await expect(screen.getByTestId('insight-respondents')).toHaveText('3 people answered');
  await expect(counts(screen, 'leadership')).toHaveText(['1', '0', '0', '0', '2', '0']);
  await expect(counts(screen, 'data')).toHaveText(['0', '1', '0', '1', '0', '1']);
  await expect(screen.locator('tr[data-insight="leadership"] td').last()).toHaveText('3.7');
  await expect(screen).not.toContainText('Amina');

  const host = facilitator.getByTestId('activity-facilitator');
  await expect(counts(host, 'leadership')).toHaveText(['1', '0', '0', '0', '2', '0']);
  await host.getByRole('button', { name: 'Close the check' }).click();
  await expect(amina.getByTestId('activity-participant')).toContainText('The check is closed.');
  await expect(amina.getByRole('group', { name: 'Change starts at the top' }).getByRole('radio', { name: 'Fully' })).toBeDisabled();

  // The report carries the same profile, counts only, and its Markdown export prints it.
  await facilitator.goto(`/#/w/${id}/outcome`);
  await facilitator.getByRole('button', { name: 'Generate first draft' }).click();
  const report = facilitator.getByTestId('report-insights');
  await expect(report.getByRole('table')).toHaveAccessibleName(/How 3 people rate their organisations/);
  await expect(report.getByRole('row', { name: /Change starts at the top/ }).getByRole('cell')).toHaveText(['1', '0', '0', '0', '2', '0', '3.7']);
  await expect(report.getByRole('row', { name: /It all comes down to data/ }).getByRole('cell')).toHaveText(['0', '1', '0', '1', '0', '1', '3.0']);
  await expect(report).not.toContainText('Amina');
  const download = facilitator.waitForEvent('download');
  await facilitator.getByRole('button', { name: 'Markdown', exact: true }).click();
  const markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toContain('## Ten insights check');
  expect(markdown).toContain('| Change starts at the top | 1 | 0 | 0 | 0 | 2 | 0 | 3.7 |');
  expect(markdown).not.toContain('Fatou');
});
