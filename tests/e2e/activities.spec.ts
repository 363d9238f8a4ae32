import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * The activity panels, driven through the live screens: the facilitator on #/w/<id>/run (its
 * "Start" button starts the first part, "Next part" moves on) and a participant on
 * #/w/<id>/participate in a second tab of the same browser, which follows the current part.
 * The projector view (#/w/<id>/projector) follows it too. Panels are found by their test ids
 * (activity-facilitator, activity-participant, activity-projector) so the run screen's own
 * controls never get in the way.
 */

type Room = { facilitator: Page; participant: Page; id: string };

async function openRoom(page: Page, title: string, format: string): Promise<Room> {
  const id = await createWorkshop(page, { title, format });
  const participant = await page.context().newPage();
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await participant.goto(`/#/w/${id}/participate`);
  return { facilitator: page, participant, id };
}

async function nextPart(room: Room, times = 1) {
  for (let i = 0; i < times; i++) await room.facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
}

const facilitatorPanel = (page: Page) => page.getByTestId('activity-facilitator');
const participantPanel = (page: Page) => page.getByTestId('activity-participant');

async function addCard(page: Page, text: string, category?: string) {
  const composer = participantPanel(page).getByTestId('card-composer');
  await composer.getByLabel('Your card').fill(text);
  if (category) await composer.getByLabel('Category').selectOption({ label: category });
  await composer.getByRole('button', { name: 'Add card' }).click();
}

test('cards: bad cards are refused with a message, good ones reach the board, groups and the projector', async ({ page }) => {
  const room = await openRoom(page, 'Cards', 'Three-part forum');
  await nextPart(room);
  const panel = participantPanel(room.participant);
  await expect(panel).toHaveAttribute('data-activity', 'cards');

  await panel.getByRole('button', { name: 'Add card' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Write something on the card first.');
  await panel.getByLabel('Your card').fill('x'.repeat(300));
  await expect(panel.getByTestId('char-count')).toHaveText('300 of 280 characters');
  await panel.getByRole('button', { name: 'Add card' }).click();
  await expect(panel.getByRole('alert')).toContainText('Cards hold 280 characters; this one has 300.');
  await expect(panel.getByTestId('my-cards')).toHaveCount(0);

  await addCard(room.participant, 'Staff lack training on data tools', 'Human resource capacity');
  await addCard(room.participant, 'Ministries do not share data', 'Data and infrastructure');
  await addCard(room.participant, 'Ministries keep their data to themselves', 'Data and infrastructure');
  await expect(panel.getByTestId('my-cards').getByTestId('idea-card')).toHaveCount(3);

  const board = facilitatorPanel(room.facilitator);
  await expect(board.getByTestId('idea-card')).toHaveCount(3);
  // Group a card with the keyboard-friendly Group menu.
  await board.getByLabel('New group').fill('Data sharing');
  await board.getByRole('button', { name: 'Add group' }).click();
  await board.getByLabel(/Group for card: Ministries do not share data/).selectOption({ label: 'Data sharing' });
  await expect(board.getByRole('region', { name: 'Data sharing' }).getByTestId('idea-card')).toHaveCount(1);
  // Merge the two duplicates.
  await board.getByLabel(/Select for merging: Ministries do not share/).check();
  await board.getByLabel(/Select for merging: Ministries keep/).check();
  await board.getByRole('button', { name: 'Merge selected' }).click();
  await expect(board.getByTestId('idea-card')).toHaveCount(2);
  await expect(board.getByText('Merged with 1 other card')).toBeVisible();
  // Hold a card back: the projector no longer shows it; its author still does, marked held.
  await board.getByTestId('idea-card').filter({ hasText: 'Staff lack training' }).getByRole('button', { name: 'Hold back' }).click();
  const projector = await page.context().newPage();
  await projector.goto(`/#/w/${room.id}/projector`);
  const wall = projector.getByTestId('activity-projector');
  await expect(wall.getByTestId('idea-card')).toHaveCount(1);
  await expect(wall).toContainText('Ministries do not share data');
  // Dark ink on the cream card, not the projector's white text (which would vanish on it).
  await expect(wall.getByTestId('idea-card').first()).toHaveCSS('color', 'rgb(27, 26, 23)');
  await expect(panel.getByTestId('my-cards').getByTestId('idea-card').filter({ hasText: 'Staff lack training' })).toContainText('Held back');
  await board.getByRole('button', { name: 'Reveal all' }).click();
  await expect(wall.getByTestId('idea-card')).toHaveCount(2);

  // A participant fixes their own card; a delete can be undone.
  await panel.getByRole('button', { name: /Edit card: Staff lack training/ }).click();
  await panel.getByRole('textbox', { name: 'Card text' }).fill('Staff lack training on data and AI tools');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(board).toContainText('Staff lack training on data and AI tools');
  await panel.getByRole('button', { name: /Delete card: Staff lack training/ }).click();
  await expect(board.getByTestId('idea-card')).toHaveCount(1);
  await room.participant.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(board.getByTestId('idea-card')).toHaveCount(2);
});

test('cards: participants see the facilitator’s groups only once they are shown, and no longer once hidden again', async ({ page }) => {
  const room = await openRoom(page, 'Groups', 'Three-part forum');
  await nextPart(room);
  const panel = participantPanel(room.participant);
  await addCard(room.participant, 'Ministries do not share data', 'Data and infrastructure');
  await addCard(room.participant, 'No budget line for training', 'Human resource capacity');
  const board = facilitatorPanel(room.facilitator);
  await board.getByLabel('New group').fill('Data sharing');
  await board.getByRole('button', { name: 'Add group' }).click();
  await board.getByLabel(/Group for card: Ministries do not share data/).selectOption({ label: 'Data sharing' });
  await expect(board.getByRole('region', { name: 'Data sharing' }).getByTestId('idea-card')).toHaveCount(1);
  // Sorted in private: the participant sees no group yet.
  await expect(panel.getByTestId('shared-groups')).toHaveCount(0);
  await expect(panel).not.toContainText('Data sharing');

  const shown = board.getByRole('checkbox', { name: 'Show the groups on participants’ devices' });
  await shown.check();
  const groups = panel.getByTestId('shared-groups');
  await expect(groups.getByRole('region', { name: 'Data sharing' }).getByTestId('idea-card')).toHaveText(/Ministries do not share data/);
  await expect(groups.getByRole('region', { name: 'Not grouped' }).getByTestId('idea-card')).toHaveText(/No budget line for training/);
  // A new group and a re-filed card reach the participant as the facilitator sorts.
  await board.getByLabel('New group').fill('Money');
  await board.getByRole('button', { name: 'Add group' }).click();
  await board.getByLabel(/Group for card: No budget line/).selectOption({ label: 'Money' });
  await expect(groups.getByRole('region', { name: 'Money' }).getByTestId('idea-card')).toHaveText(/No budget line for training/);
  await expect(groups.getByRole('region', { name: 'Not grouped' })).toHaveCount(0);

  await shown.uncheck();
  await expect(panel.getByTestId('shared-groups')).toHaveCount(0);
  await expect(panel).not.toContainText('Money');
});

test('dot voting: the budget is shown, a dot beyond it is refused, and results rank the cards', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Votes', format: 'Three-part forum' });
  await page.getByRole('button', { name: '+ Add a part' }).click();
  await page.getByTestId('agenda-row').last().getByLabel('Kind').selectOption('vote');
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const participant = await page.context().newPage();
  await participant.goto(`/#/w/${id}/participate`);
  const room = { facilitator: page, participant, id };
  await nextPart(room);
  await addCard(participant, 'Train every civil servant in data basics');
  await addCard(participant, 'Open a shared data platform');
  await addCard(participant, 'Hire a chief digital officer');
  await nextPart(room, 2);

  const panel = participantPanel(participant);
  await expect(panel).toHaveAttribute('data-activity', 'dots');
  await expect(panel.getByTestId('dot-budget')).toHaveText('3 of 3 dots left');
  await panel.getByRole('button', { name: 'Add a dot to: Open a shared data platform' }).click();
  await expect(panel.getByTestId('dot-budget')).toHaveText('2 of 3 dots left');
  await panel.getByRole('button', { name: 'Add a dot to: Open a shared data platform' }).click();
  await panel.getByRole('button', { name: 'Add a dot to: Hire a chief digital officer' }).click();
  await expect(panel.getByTestId('dot-budget')).toHaveText('0 of 3 dots left');
  await panel.getByRole('button', { name: 'Add a dot to: Train every civil servant in data basics' }).click();
  await expect(panel.getByRole('alert')).toHaveText('You have used all 3 of your dots. Take one back to move it.');
  await panel.getByRole('button', { name: 'Take a dot from: Hire a chief digital officer' }).click();
  await expect(panel.getByTestId('dot-budget')).toHaveText('1 of 3 dots left');

  const results = facilitatorPanel(page).getByTestId('result-row');
  await expect(results.first()).toContainText('Open a shared data platform');
  await expect(results.first()).toContainText('2 dots');
  await expect(results.nth(0)).toContainText('#1');

  await facilitatorPanel(page).getByRole('button', { name: 'Close the vote' }).click();
  await expect(panel.getByTestId('vote-status')).toContainText('Voting has closed.');
  await expect(panel.getByRole('button', { name: 'Add a dot to: Train every civil servant in data basics' })).toBeDisabled();
});

test('competencies: priorities and self-ratings reach the ranking and the heat map', async ({ page }) => {
  const room = await openRoom(page, 'Competencies', 'Three-part forum');
  const panel = participantPanel(room.participant);
  await expect(panel).toHaveAttribute('data-activity', 'competencies');
  await panel.getByRole('button', { name: 'Add a dot to: AI fundamentals' }).click();
  await expect(panel.getByTestId('dot-budget')).toHaveText('2 of 3 dots left');
  const rating = panel.getByRole('group', { name: /Systems thinking/ });
  await rating.getByRole('radio', { name: 'Confident' }).check();
  // The scale is a radio group: arrow keys move along it.
  await room.participant.keyboard.press('ArrowRight');
  await expect(rating.getByRole('radio', { name: 'Could teach others' })).toBeChecked();

  const results = facilitatorPanel(page);
  await expect(results.getByTestId('result-row').first()).toContainText('AI fundamentals');
  await expect(results.getByTestId('heat-row').filter({ hasText: 'Systems thinking' })).toContainText('5.0 (1)');
  await expect(results.getByTestId('domain-mean').first()).toHaveText('5.0 (1)');
});

test('Q&A: ask within the limit, upvote, and the facilitator marks answered or hides', async ({ page }) => {
  const room = await openRoom(page, 'Talk', 'Lightning talk');
  await nextPart(room);
  const panel = participantPanel(room.participant);
  await expect(panel).toHaveAttribute('data-activity', 'qna');
  await panel.getByRole('button', { name: 'Ask' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Write your question first.');
  await panel.getByLabel('Your question').fill('How is the training funded?');
  await panel.getByRole('button', { name: 'Ask' }).click();
  await panel.getByLabel('Your question').fill('Who owns the roadmap?');
  await panel.getByRole('button', { name: 'Ask' }).click();
  const upvote = panel.getByRole('button', { name: 'Upvote: Who owns the roadmap?' });
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByTestId('question').first()).toContainText('Who owns the roadmap?');

  const moderation = facilitatorPanel(page);
  await expect(moderation.getByTestId('question').first()).toContainText('1 vote');
  await moderation.getByTestId('question').filter({ hasText: 'Who owns' }).getByRole('button', { name: 'Mark answered' }).click();
  await moderation.getByTestId('question').filter({ hasText: 'How is the training' }).getByRole('button', { name: 'Hide' }).click();
  await expect(panel.getByTestId('question')).toHaveCount(1);
  await expect(panel.getByTestId('question').first()).toContainText('Answered');
});
