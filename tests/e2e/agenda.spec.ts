import { expect, test } from '@playwright/test';
import { clockRanges, createWorkshop, inputValues, partTitles } from './support';

test('a three-part forum starts with three 30-minute parts, their questions and clock times', async ({ page }) => {
  await createWorkshop(page, { title: 'Digital skills forum, Kigali', format: 'Three-part forum' });
  const rows = page.getByTestId('agenda-row');
  await expect(rows).toHaveCount(3);
  expect(await partTitles(page)).toEqual(['The competency framework', 'Challenges and needs', 'Roadmap']);
  expect(await inputValues(page, '[data-testid="part-minutes"]')).toEqual(['30', '30', '30']);
  expect(await clockRanges(page)).toEqual(['09:00–09:30', '09:30–10:00', '10:00–10:30']);
  await expect(rows.nth(1).locator('textarea')).toHaveCount(4);
  await expect(rows.nth(1).locator('textarea').first()).toHaveValue(/concrete challenge/);
  await expect(rows.nth(2).locator('textarea')).toHaveCount(5);
  await expect(page.getByTestId('agenda-total')).toContainText('1 h 30 min planned · 09:00 to 10:30');
});

test('the three-part forum offers a dot vote at the end of its challenges part, kept unless the facilitator unticks it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  const offer = dialog.getByRole('checkbox', { name: 'End the challenges part with a dot vote on the cards (10 of its 30 minutes)' });
  await expect(offer).toBeChecked();
  // Only the forum offers it.
  await dialog.getByRole('radio', { name: /Lightning talk/ }).check();
  await expect(offer).toHaveCount(0);
  await dialog.getByRole('radio', { name: /Three-part forum/ }).check();
  await dialog.getByLabel('Title').fill('Forum with a vote');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();

  await expect(page.getByTestId('agenda-row')).toHaveCount(4);
  expect(await partTitles(page)).toEqual(['The competency framework', 'Challenges and needs', 'Vote on the challenges', 'Roadmap']);
  expect(await clockRanges(page)).toEqual(['09:00–09:30', '09:30–09:50', '09:50–10:00', '10:00–10:30']);
  const vote = page.getByTestId('agenda-row').nth(2);
  await expect(vote.getByLabel('Kind')).toHaveValue('vote');
  // Kept or removed like any other part.
  await vote.getByRole('button', { name: 'Remove part' }).click();
  await expect(page.getByTestId('agenda-row')).toHaveCount(3);
  expect(await partTitles(page)).toEqual(['The competency framework', 'Challenges and needs', 'Roadmap']);
});

test('changing a duration moves the later parts and the end time as you type', async ({ page }) => {
  await createWorkshop(page, { title: 'Timing check', format: 'Three-part forum' });
  const first = page.getByTestId('part-minutes').first();
  await first.fill('45');
  expect(await clockRanges(page)).toEqual(['09:00–09:45', '09:45–10:15', '10:15–10:45']);
  await expect(page.getByTestId('overrun-warning')).toContainText('15 min past the chosen end time of 10:30');
  await first.fill('20');
  expect(await clockRanges(page)).toEqual(['09:00–09:20', '09:20–09:50', '09:50–10:20']);
  await expect(page.getByTestId('overrun-warning')).toHaveCount(0);
});

test('an impossible duration or time is refused at the field with a message, and nothing is saved', async ({ page }) => {
  await createWorkshop(page, { title: 'Bad input', format: 'Three-part forum' });
  const minutes = page.getByTestId('part-minutes').first();
  for (const bad of ['-5', '0', '100000', 'abc', '2.5']) {
    await minutes.fill(bad);
    await expect(page.getByRole('alert').filter({ hasText: 'Enter whole minutes from 1 to 720.' })).toBeVisible();
    expect(await clockRanges(page)).toEqual(['09:00–09:30', '09:30–10:00', '10:00–10:30']);
  }
  await page.getByRole('link', { name: 'Details' }).click();
  const start = page.getByTestId('meta-start');
  await start.fill('25:99');
  await expect(page.getByText('Enter a time as HH:MM, from 00:00 to 23:59.')).toBeVisible();
  await start.fill('13:15');
  await page.getByRole('link', { name: 'Agenda' }).click();
  expect(await clockRanges(page)).toEqual(['13:15–13:45', '13:45–14:15', '14:15–14:45']);
});

test('parts reorder with the keyboard, and the new order survives a reload', async ({ page }) => {
  await createWorkshop(page, { title: 'Reorder', format: 'Three-part forum' });
  await page.getByRole('button', { name: /Drag to reorder “Roadmap”/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => partTitles(page)).toEqual(['The competency framework', 'Roadmap', 'Challenges and needs']);
  await expect(page.getByRole('button', { name: /Drag to reorder “Roadmap”/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => partTitles(page)).toEqual(['Roadmap', 'The competency framework', 'Challenges and needs']);
  await page.reload();
  await expect.poll(() => partTitles(page)).toEqual(['Roadmap', 'The competency framework', 'Challenges and needs']);
});

test('edits persist across a reload: details, titles, questions and added parts', async ({ page }) => {
  await createWorkshop(page, { title: 'Persistence', format: 'Lightning talk' });
  await page.getByRole('button', { name: '+ Add a part' }).click();
  await expect(page.getByTestId('agenda-row')).toHaveCount(3);
  await page.getByLabel('Title of part 3').fill('Closing round');
  await page.getByTestId('agenda-row').nth(2).getByRole('button', { name: '+ Add a question' }).click();
  await page.getByLabel('Question 1').nth(2).fill('What will you do differently on Monday?');
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByLabel('Venue or online link').fill('Kigali Convention Centre, room 3');
  await page.reload();
  await expect(page.getByLabel('Venue or online link')).toHaveValue('Kigali Convention Centre, room 3');
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByLabel('Title of part 3')).toHaveValue('Closing round');
  await expect(page.getByLabel('Question 1').nth(2)).toHaveValue('What will you do differently on Monday?');
});

test('removing a part can be undone', async ({ page }) => {
  await createWorkshop(page, { title: 'Undo removal', format: 'Three-part forum' });
  await page.getByTestId('agenda-row').nth(1).getByRole('button', { name: 'Remove part' }).click();
  await expect(page.getByTestId('agenda-row')).toHaveCount(2);
  expect(await clockRanges(page)).toEqual(['09:00–09:30', '09:30–10:00']);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('agenda-row')).toHaveCount(3);
  await expect.poll(() => partTitles(page)).toEqual(['The competency framework', 'Challenges and needs', 'Roadmap']);
});

test('Ctrl+Z undoes an agenda edit and Ctrl+Shift+Z redoes it', async ({ page }) => {
  await createWorkshop(page, { title: 'Keyboard undo', format: 'Three-part forum' });
  await page.getByTestId('part-minutes').first().fill('40');
  expect((await clockRanges(page))[2]).toBe('10:10–10:40');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.agenda-clock').nth(2)).toHaveText('10:00–10:30');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.agenda-clock').nth(2)).toHaveText('10:10–10:40');
});

test('a two-day hackathon shows its second day from 09:00', async ({ page }) => {
  await createWorkshop(page, { title: 'Hack the ministry', format: 'two days' });
  await expect(page.locator('.agenda-day').first()).toHaveText('Day 1');
  const recap = page.getByTestId('agenda-row').filter({ has: page.locator('input[value="Day two: recap"]') });
  await expect(recap.locator('.agenda-day')).toHaveText('Day 2');
  await expect(recap.locator('.agenda-clock')).toHaveText('09:00–09:15');
});

test('a part can be dragged to another place in the agenda', async ({ page }) => {
  // Tall enough that the source and the target are on screen together, as a mouse drag needs.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await createWorkshop(page, { title: 'Drag', format: 'Three-part forum' });
  await page.getByRole('button', { name: /Drag to reorder “The competency framework”/ }).dragTo(page.getByTestId('agenda-row').nth(2).getByTestId('part-clock'));
  await expect.poll(() => partTitles(page)).toEqual(['Challenges and needs', 'Roadmap', 'The competency framework']);
  expect(await clockRanges(page)).toEqual(['09:00–09:30', '09:30–10:00', '10:00–10:30']);
});

test('an edit made just before the window closes is there when the workshop opens again', async ({ page, context }) => {
  const id = await createWorkshop(page, { title: 'Closed in a hurry', format: 'Three-part forum' });
  await page.getByLabel('Title of part 3').fill('Roadmap and next steps');
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(`/#/w/${id}`);
  await expect(again.getByLabel('Title of part 3')).toHaveValue('Roadmap and next steps');
});
