import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * A one-day policy hackathon: the facilitator sets it up, two teams in two tabs co-edit their
 * canvases and submit (one late), two judges in two more tabs score without seeing each other's
 * marks, a participant gets no scoring controls, and the projector reveals the results last
 * place first. Each tab has its own device id, as separate laptops would.
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

async function mark(judge: Page, criterion: string, team: string, value: string) {
  const field = judge.getByLabel(`${criterion} for ${team}`);
  await field.fill(value);
  await field.press('Tab');
}

test('a hackathon runs from challenges to the revealed results, refusing bad input on the way', async ({ page, context }) => {
  const id = await createWorkshop(page, { title: 'Hackathon, Kigali', format: 'Policy hackathon \\(one day\\)' });
  await page.getByRole('link', { name: 'Hackathon' }).click();
  const setup = page.getByTestId('hackathon-tab');

  // A challenge statement.
  await setup.getByLabel('Title').fill('Clinic waiting times');
  await setup.getByLabel('Public body that owns it').fill('Ministry of Health');
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

  // Teams of two; two judges named by the codes their screens show.
  await setup.getByLabel('Most people in one team').fill('2');
  await setup.getByLabel('Most people in one team').blur();
  for (const [name, code] of [['Grace', 'device-judge-1'], ['Paul', 'device-judge-2']]) {
    await setup.getByLabel('Judge’s name').fill(name as string);
    await setup.getByLabel('Judge’s device code').fill(code as string);
    await setup.getByRole('button', { name: 'Add judge' }).click();
  }
  await expect(setup.getByTestId('judge-list').getByRole('listitem')).toHaveCount(2);

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

  // Sprint 1: Ada and Ben co-edit one canvas; Cleo works on her own.
  await nextPart(page);
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

  // Judging: a participant gets no scoring controls; each judge sees only their own marks.
  await nextPart(page);
  await expect(ada.getByTestId('not-judge')).toContainText('device-ada');
  await expect(ada.getByRole('textbox', { name: /for Clinic Finders/ })).toHaveCount(0);
  const grace = await tab(context, id, 'device-judge-1');
  const paul = await tab(context, id, 'device-judge-2');
  await mark(grace, 'Impact', 'Clinic Finders', '9');
  await expect(grace.getByTestId('refusal')).toContainText('Scores run from 1 to 5');
  await expect(grace.getByLabel('Impact for Clinic Finders')).toHaveValue('9');
  await mark(grace, 'Impact', 'Clinic Finders', '5');
  await mark(grace, 'Feasibility', 'Clinic Finders', '4');
  await mark(grace, 'Impact', 'Open Budgets', '2');
  await mark(grace, 'Feasibility', 'Open Budgets', '3');
  await expect(grace.getByTestId('judge-submission').first()).toContainText('2 of 2 marked');
  await expect(paul.getByLabel('Impact for Clinic Finders')).toHaveValue('');
  await expect(paul.getByTestId('judge-submission').first()).toContainText('0 of 2 marked');
  await mark(paul, 'Impact', 'Clinic Finders', '4');
  await mark(paul, 'Feasibility', 'Clinic Finders', '4');
  await mark(paul, 'Impact', 'Open Budgets', '3');
  await expect(grace.getByLabel('Impact for Open Budgets')).toHaveValue('2');

  // The facilitator sees who scored what, not the marks, then closes judging and reveals.
  const results = page.getByTestId('activity-facilitator');
  await expect(results.getByTestId('judging-progress')).toContainText('2 of 2');
  await expect(results.getByTestId('judging-progress')).toContainText('1 of 2');
  await expect(results.getByTestId('results-table')).toHaveCount(0);
  const projector = await tab(context, id, 'device-wall', 'projector');
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expect(projector.getByTestId('reveal-waiting')).toBeVisible();
  await results.getByRole('button', { name: 'Close judging and compute results' }).click();
  await expect(results.getByTestId('result-row').first()).toContainText('Clinic Finders');
  await expect(results.getByTestId('result-row').nth(1)).toContainText('Open Budgets');
  await expect(projector.getByTestId('revealed-place')).toHaveCount(0);
  await results.getByRole('button', { name: 'Reveal next on the projector' }).click();
  await expect(projector.getByTestId('revealed-place')).toHaveText([/Place 2.*Open Budgets/]);
  await results.getByRole('button', { name: 'Reveal next on the projector' }).click();
  await expect(projector.getByTestId('revealed-place').first()).toContainText('Place 1Clinic Finders');
  await projector.screenshot({ path: 'test-results/hackathon-results-1920.png' });
});
