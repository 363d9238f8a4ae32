import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * A one-day policy hackathon on one laptop: the facilitator sets it up, two teams in two tabs
 * co-edit their canvases and submit (one late), and a participant gets no scoring controls.
 * Each tab has its own device id, as separate laptops would. Judges are people the hub issues
 * an identity to, so judging and the reveal are in lanActivities.spec.ts, on a real hub.
 */

async function tab(context: BrowserContext, workshopId: string, device: string, view = 'participate'): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((id) => localStorage.setItem('baraza.deviceId', id), device);
  await page.goto(`/#/w/${workshopId}/${view}`);
  return page;
}

async function nextPart(page: Page, times = 1) {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Next part', exact: true }).click();
}

test('a hackathon runs from challenges to the submissions, refusing bad input on the way', async ({ page, context }) => {
  const id = await createWorkshop(page, { title: 'Hackathon, Kigali', format: 'Policy hackathon \\(one day\\)' });
  await page.getByRole('link', { name: 'Hackathon' }).click();
  const setup = page.getByTestId('hackathon-tab');

  // A challenge statement.
  await setup.getByLabel('Title').fill('Clinic waiting times');
  await setup.getByLabel('Public body that owns it').fill('Ministry of Health');
  await setup.getByLabel('The problem').fill('Patients wait up to six hours at district clinics without knowing how long is left.');
  await setup.getByLabel('Data available').fill('Daily visit counts per clinic, 2019 to 2025.');
  await setup.getByRole('button', { name: 'Add challenge' }).click();
  await expect(setup.getByTestId('challenge-list')).toContainText('Owned by Ministry of Health');

  // The rubric: two criteria whose weights must add up to 100.
  for (const name of ['Inclusion', 'Use of data', 'Alignment with ROAM-X']) await setup.getByRole('button', { name: `Remove ${name}` }).click();
  await expect(setup.getByTestId('weight-total')).toHaveText('Weights add up to 55%');
  await setup.getByRole('button', { name: 'Save rubric' }).click();
  await expect(setup.getByTestId('refusal')).toContainText('The weights add up to 55%');
  await setup.getByLabel('Weight (%): Impact').fill('60');
  await setup.getByLabel('Weight (%): Feasibility').fill('40');
  await setup.getByRole('button', { name: 'Save rubric' }).click();
  await expect(setup.getByText('Rubric saved.')).toBeVisible();

  // Teams of two. Judges are named once the workshop is open to participants on a hub.
  await setup.getByLabel('Most people in one team').fill('2');
  await setup.getByLabel('Most people in one team').blur();
  await expect(setup.getByText('Open the workshop to participants first')).toBeVisible();

  // Team formation.
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await nextPart(page, 2);
  const ada = await tab(context, id, 'device-ada');
  const ben = await tab(context, id, 'device-ben');
  const cleo = await tab(context, id, 'device-cleo');
  for (const [person, name] of [[ada, 'Ada'], [ben, 'Ben'], [cleo, 'Cleo']] as const) await person.getByLabel('Your name').fill(name);
  await ada.getByLabel('Team name').fill('Clinic Finders');
  await ada.getByRole('button', { name: 'Form team' }).click();
  await ben.getByRole('button', { name: 'Join Clinic Finders' }).click();
  await expect(ben.getByTestId('my-team')).toContainText('Your team: Clinic Finders');
  await cleo.getByRole('button', { name: 'Join Clinic Finders' }).click();
  await expect(cleo.getByTestId('refusal')).toContainText('Clinic Finders is full: teams hold at most 2 people');
  await cleo.getByLabel('Team name').fill('Open Budgets');
  await cleo.getByRole('button', { name: 'Form team' }).click();
  await ada.getByTestId('my-team').getByLabel('Challenge').selectOption({ label: 'Clinic waiting times' });
  // The team reads the statement in full, not only its title.
  const statement = ben.getByTestId('my-team').getByTestId('challenge-statement');
  await expect(statement).toContainText('Patients wait up to six hours at district clinics without knowing how long is left.');
  await expect(statement).toContainText('Data availableDaily visit counts per clinic, 2019 to 2025.');
  await expect(statement).toContainText('Owned by Ministry of Health');

  // Sprint 1: Ada and Ben co-edit one canvas; Cleo works on her own. The statement stays at hand, folded.
  await nextPart(page);
  const folded = ben.getByTestId('team-space').getByTestId('challenge-statement');
  await expect(folded.getByText('Daily visit counts per clinic, 2019 to 2025.')).toBeHidden();
  await folded.getByText('Clinic waiting times').click();
  await expect(folded.getByText('Daily visit counts per clinic, 2019 to 2025.')).toBeVisible();
  await ada.getByLabel('Problem').fill('Patients wait hours without knowing why');
  await ben.getByLabel('Idea').fill('Publish live queue lengths as open data');
  await expect(ada.getByLabel('Idea')).toHaveValue('Publish live queue lengths as open data');
  await expect(ben.getByLabel('Problem')).toHaveValue('Patients wait hours without knowing why');
  await cleo.getByLabel('Problem').fill('Citizens cannot follow district budgets');
  await ada.getByLabel('Pitch rehearsed').check();
  await expect(ben.getByLabel('Pitch rehearsed')).toBeChecked();
  await ada.setViewportSize({ width: 360, height: 900 });
  await ada.screenshot({ path: 'test-results/hackathon-team-space-360.png', fullPage: true });

  // Pitches: Clinic Finders submits in time; then the deadline passes and Open Budgets is late.
  await nextPart(page, 3);
  await ada.getByRole('textbox', { name: 'Pitch summary' }).fill('A queue board for every district clinic');
  await ada.getByRole('button', { name: 'Submit' }).click();
  await expect(ada.getByTestId('submission-status')).toContainText('Submitted at');
  const desk = await tab(context, id, 'device-facilitator', 'hackathon');
  await desk.getByLabel('Submission deadline (time today)').fill('00:00');
  await cleo.getByRole('textbox', { name: 'Pitch summary' }).fill('Budget lines anyone can follow');
  await cleo.getByRole('button', { name: 'Submit' }).click();
  await expect(cleo.getByTestId('submission-status')).toContainText('Submitted late');
  await expect(page.getByTestId('activity-facilitator').getByTestId('overview-team').filter({ hasText: 'Open Budgets' })).toContainText('Late');

  // Judging: a participant gets no scoring controls, only a place for a judge's code.
  await nextPart(page);
  await expect(ada.getByTestId('not-judge')).toBeVisible();
  await expect(ada.getByRole('textbox', { name: /for Clinic Finders/ })).toHaveCount(0);
});
