import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/*
 * The roadmap and the hackathon across laptops: every browser context is a laptop of its own
 * (own storage, no BroadcastChannel shared), so everything one sees of another's work came
 * through the hub (see ./lanRoom.ts).
 */

const lan = lanRoom();
const laptop = lan.laptop;
const openToParticipants = lan.openToParticipants;
const participantJoins = lan.participantJoins;

async function startRun(page: Page, id: string): Promise<void> {
  await page.goto(`/#/w/${id}/run`);
  await expect(page.getByTestId('current-part-title')).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

async function nextPart(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Next part', exact: true }).click();
}

const card = (scope: Locator, title: string) => scope.getByTestId('roadmap-item').filter({ hasText: title });

async function openItem(scope: Locator, title: string): Promise<void> {
  await card(scope, title).getByRole('button', { name: title }).click();
  await expect(scope.getByTestId('item-detail').getByLabel('Title')).toHaveValue(title);
}

test('a participant’s proposal, comment and dot on another laptop reach the facilitator, and the acceptance reaches back', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await openToParticipants(facilitator);
  const amina = await laptop(browser);
  await participantJoins(amina, link, 'Amina', 'Kigali forum');

  await startRun(facilitator, id);
  await nextPart(facilitator, 2);
  const host = facilitator.getByTestId('activity-facilitator');
  await expect(host).toHaveAttribute('data-activity', 'roadmap');
  await host.getByRole('button', { name: 'Start from the draft roadmap' }).click();
  const guest = amina.getByTestId('activity-participant');
  await expect(guest.getByTestId('roadmap-item')).toHaveCount(7);

  // Amina, on her own laptop, proposes an item, comments on another and places a dot.
  const propose = guest.getByTestId('roadmap-propose');
  await propose.getByLabel('Something missing? Propose an item').fill('Mentoring for data officers');
  await propose.getByRole('button', { name: 'Propose' }).click();
  await propose.getByLabel('Something missing? Propose an item').fill('Share case studies');
  await propose.getByRole('button', { name: 'Propose' }).click();
  await expect(card(guest, 'Mentoring for data officers')).toContainText('Proposal');
  await openItem(guest, 'Run a monthly knowledge blog series');
  await guest.getByTestId('item-detail').getByPlaceholder('Add a comment').fill('Add posts in Swahili and French');
  await guest.getByTestId('item-detail').getByRole('button', { name: 'Comment' }).click();
  await guest.getByRole('radio', { name: 'Priorities' }).check();
  await guest.getByRole('button', { name: 'Add a dot to: Offer trainings on the competency framework' }).click();
  await guest.getByRole('radio', { name: 'Board' }).check();

  // The facilitator sees all three on the other laptop.
  await expect(host.getByTestId('proposal-count')).toContainText('2 proposals');
  await expect(card(host, 'Mentoring for data officers')).toContainText('Proposal');
  await expect(card(host, 'Run a monthly knowledge blog series')).toContainText('1 open comment');
  await openItem(host, 'Run a monthly knowledge blog series');
  await expect(host.getByTestId('comment')).toContainText('Add posts in Swahili and French');
  await host.getByRole('radio', { name: 'Priorities' }).check();
  await expect(host.getByTestId('ranked-item').filter({ hasText: 'Offer trainings' })).toContainText('1 vote');
  await host.getByRole('radio', { name: 'Board' }).check();

  // Accept one proposal and merge the other; Amina sees both outcomes.
  await openItem(host, 'Mentoring for data officers');
  await host.getByRole('button', { name: 'Accept into the roadmap' }).click();
  await expect(card(host, 'Mentoring for data officers')).toContainText('Proposed');
  await openItem(host, 'Share case studies');
  await host.getByTestId('item-detail').getByLabel('Merge into').selectOption({ label: 'Collect good practices as use cases' });
  await host.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(card(guest, 'Mentoring for data officers')).toContainText('Proposed');
  await expect(card(guest, 'Mentoring for data officers')).not.toContainText('Proposal');
  await expect(card(guest, 'Share case studies')).toHaveCount(0);
  await expect(guest.getByTestId('roadmap-item')).toHaveCount(8);
});

async function mark(judge: Page, criterion: string, team: string, value: string): Promise<void> {
  const field = judge.getByLabel(`${criterion} for ${team}`);
  await field.fill(value);
  await field.press('Tab');
}

test('two hackathon teams on their own laptops co-edit and submit, two judges score from theirs, and the projector reveals the results', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const title = 'Hackathon, Kigali';
  const id = await createWorkshop(facilitator, { title, format: 'Policy hackathon \\(one day\\)' });
  await facilitator.getByRole('link', { name: 'Hackathon' }).click();
  const setup = facilitator.getByTestId('hackathon-tab');
  await setup.getByLabel('Title').fill('Clinic waiting times');
  await setup.getByLabel('Public body that owns it').fill('Ministry of Health');
  await setup.getByRole('button', { name: 'Add challenge' }).click();
  for (const name of ['Inclusion', 'Use of data', 'Alignment with ROAM-X']) await setup.getByRole('button', { name: `Remove ${name}` }).click();
  await setup.getByLabel('Weight (%): Impact').fill('60');
  await setup.getByLabel('Weight (%): Feasibility').fill('40');
  await setup.getByRole('button', { name: 'Save rubric' }).click();
  await expect(setup.getByText('Rubric saved.')).toBeVisible();
  await setup.getByLabel('Most people in one team').fill('2');
  await setup.getByLabel('Most people in one team').blur();

  const link = await openToParticipants(facilitator);
  const ada = await laptop(browser);
  const ben = await laptop(browser);
  const grace = await laptop(browser);
  const paul = await laptop(browser);
  const chen = await laptop(browser);
  await participantJoins(ada, link, 'Ada', title);
  await participantJoins(chen, link, 'Chen', title);
  await participantJoins(ben, link, 'Ben', title);
  await participantJoins(grace, link, 'Grace', title);
  await participantJoins(paul, link, 'Paul', title);

  // Team formation: Ada forms a team on her laptop, Ben joins it from his.
  await startRun(facilitator, id);
  await nextPart(facilitator, 2);
  await ada.getByLabel('Team name').fill('Clinic Finders');
  await ada.getByRole('button', { name: 'Form team' }).click();
  await ben.getByRole('button', { name: 'Join Clinic Finders' }).click();
  await expect(ben.getByTestId('my-team')).toContainText('Your team: Clinic Finders');
  await expect(ada.getByTestId('team-card').filter({ hasText: 'Clinic Finders' })).toContainText('Ada, Ben');
  await ada.getByTestId('my-team').getByLabel('Challenge').selectOption({ label: 'Clinic waiting times' });
  // A second team forms on a fifth laptop.
  await chen.getByLabel('Team name').fill('Queue Watch');
  await chen.getByRole('button', { name: 'Form team' }).click();
  await expect(ada.getByTestId('team-card').filter({ hasText: 'Queue Watch' })).toContainText('Chen');
  await chen.getByTestId('my-team').getByLabel('Challenge').selectOption({ label: 'Clinic waiting times' });

  // Sprint: one canvas, co-edited from two laptops.
  await nextPart(facilitator);
  await ada.getByLabel('Problem').fill('Patients wait hours without knowing why');
  await ben.getByLabel('Idea').fill('Publish live queue lengths as open data');
  await expect(ada.getByLabel('Idea')).toHaveValue('Publish live queue lengths as open data');
  await expect(ben.getByLabel('Problem')).toHaveValue('Patients wait hours without knowing why');
  await ada.getByLabel('Pitch rehearsed').check();
  await expect(ben.getByLabel('Pitch rehearsed')).toBeChecked();
  await chen.getByLabel('Problem').fill('Nobody knows which clinic is least busy');
  // Teams do not see into each other's canvas.
  await expect(chen.getByLabel('Idea')).toHaveValue('');

  // Pitches: Ben submits; Ada, on her laptop, sees her team has submitted; so does the facilitator.
  await nextPart(facilitator, 3);
  await ben.getByRole('textbox', { name: 'Pitch summary' }).fill('A queue board for every district clinic');
  await ben.getByRole('button', { name: 'Submit' }).click();
  await expect(ben.getByTestId('submission-status')).toContainText('Submitted at');
  await expect(ada.getByTestId('submission-status')).toContainText('Submitted at');
  await expect(facilitator.getByTestId('activity-facilitator').getByTestId('overview-team').filter({ hasText: 'Clinic Finders' })).toContainText('On time');
  await chen.getByRole('textbox', { name: 'Pitch summary' }).fill('An SMS line that names the least busy clinic');
  await chen.getByRole('button', { name: 'Submit' }).click();
  await expect(facilitator.getByTestId('activity-facilitator').getByTestId('overview-team').filter({ hasText: 'Queue Watch' })).toContainText('On time');

  // Ada attaches her notes on her laptop; Ben, on his, and the facilitator download the same bytes.
  const notes = 'Clinic,Minutes waited\nKibagabaga,140\n';
  await ada.getByTestId('attachment-input').setInputFiles({ name: 'queue-notes.csv', mimeType: 'text/csv', buffer: Buffer.from(notes) });
  await expect(ben.getByTestId('attachment-row')).toContainText('queue-notes.csv');
  await expect(ben.getByTestId('attachment-row')).toContainText('added by Ada');
  // Only its author, or the facilitator, may remove it.
  await expect(ben.getByRole('button', { name: 'Remove queue-notes.csv' })).toHaveCount(0);
  const teamCard = facilitator.getByTestId('activity-facilitator').getByTestId('overview-team').filter({ hasText: 'Clinic Finders' });
  for (const [page, scope] of [[ben, ben.getByTestId('attachments')], [facilitator, teamCard]] as const) {
    const download = page.waitForEvent('download');
    await scope.getByRole('button', { name: 'Download queue-notes.csv' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(notes);
  }
  await expect(chen.getByTestId('attachments').getByText('No files attached.')).toBeVisible();

  // Judging: the facilitator names Grace and Paul; each types the code read out to them.
  await nextPart(facilitator);
  await facilitator.goto(`/#/w/${id}/hackathon`);
  const codes: string[] = [];
  for (const name of ['Grace', 'Paul']) {
    await setup.getByLabel('Judge’s name').fill(name);
    await setup.getByRole('button', { name: 'Add judge' }).click();
    const item = setup.getByTestId('judge-list').getByRole('listitem').filter({ hasText: name });
    await expect(item.getByTestId('judge-code')).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    codes.push((await item.getByTestId('judge-code').textContent()) ?? '');
  }
  expect(codes[0]).not.toBe(codes[1]);
  await facilitator.goto(`/#/w/${id}/run`);
  for (const [judge, code] of [[grace, codes[0]], [paul, codes[1]]] as const) {
    await judge.getByLabel('Judge’s code').fill((code ?? '').toLowerCase());
    await judge.getByRole('button', { name: 'I am a judge' }).click();
  }

  // Grace gets the scoring sheet; Ada, not a judge, gets none.
  await expect(grace.getByTestId('judge-submission')).toHaveCount(2);
  // The judges open the team's files on their own laptops too.
  await expect(grace.getByTestId('judge-submission').filter({ hasText: 'Clinic Finders' }).getByTestId('attachment-row')).toContainText('queue-notes.csv');
  await expect(ada.getByTestId('not-judge')).toBeVisible();
  await expect(ada.getByRole('textbox', { name: /for Clinic Finders/ })).toHaveCount(0);
  await mark(grace, 'Impact', 'Clinic Finders', '9');
  await expect(grace.getByTestId('refusal')).toContainText('Scores run from 1 to 5');
  await mark(grace, 'Impact', 'Clinic Finders', '5');
  await mark(grace, 'Feasibility', 'Clinic Finders', '4');
  await mark(grace, 'Impact', 'Queue Watch', '2');
  await mark(grace, 'Feasibility', 'Queue Watch', '3');
  await expect(grace.getByTestId('judge-submission').filter({ hasText: 'Clinic Finders' })).toContainText('2 of 2 marked');
  // Paul, on his laptop, does not see Grace's marks before the reveal.
  await expect(paul.getByTestId('judge-submission')).toHaveCount(2);
  await expect(paul.getByLabel('Impact for Clinic Finders')).toHaveValue('');
  await expect(paul.getByTestId('judge-submission').filter({ hasText: 'Clinic Finders' })).toContainText('0 of 2 marked');
  await mark(paul, 'Impact', 'Clinic Finders', '3');
  await mark(paul, 'Impact', 'Queue Watch', '1');

  // The facilitator sees Grace's progress, closes judging and reveals on the projector.
  const results = facilitator.getByTestId('activity-facilitator');
  await expect(results.getByTestId('judging-progress')).toContainText('Grace');
  // Who scored what, never the marks: Grace marked both criteria, Paul one.
  await expect(results.getByTestId('judging-progress')).toContainText('2 of 2');
  await expect(results.getByTestId('judging-progress')).toContainText('1 of 2');
  await expect(results.getByTestId('results-table')).toHaveCount(0);
  const projector = await facilitator.context().newPage();
  lan.watch(projector);
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('reveal-waiting')).toBeVisible();
  await results.getByRole('button', { name: 'Close judging and compute results' }).click();
  await expect(results.getByTestId('result-row').first()).toContainText('Clinic Finders');
  await expect(results.getByTestId('result-row').nth(1)).toContainText('Queue Watch');
  // The ceremony reveals last place first.
  await results.getByRole('button', { name: 'Reveal next on the projector' }).click();
  await expect(projector.getByTestId('revealed-place')).toHaveCount(1);
  await expect(projector.getByTestId('revealed-place').first()).toContainText('Queue Watch');
  await results.getByRole('button', { name: 'Reveal next on the projector' }).click();
  await expect(projector.getByTestId('revealed-place').filter({ hasText: 'Clinic Finders' })).toContainText('Place 1');
});
