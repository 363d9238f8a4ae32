import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { initWorkshop, readWorkshop, summarize } from '../../shared/workshop/doc';
import { buildLargeRoom } from '../fixtures/largeRoom';
import { writeStoredDocs } from '../fixtures/seedStore';
import { smallPhone, unreachableControls } from './reachable';
import { createWorkshop } from './support';

/*
 * A long dot-vote ballot on a phone: search narrows the cards, compact cards fit several on a
 * screen, both work from the keyboard, and compact is remembered on the device. The facilitator
 * runs the session in one tab; the participant's phone is a second tab (320 px, text at 200 %).
 */

const ideas = [
  'Clean water points in every district school',
  'Train every civil servant in data basics',
  'Open a shared data platform for ministries',
  'Hire a chief digital officer',
  'Mobile money for water bills in rural areas',
  'Digital ID for all citizens by 2030',
  'Fibre to every district hospital',
  'Open procurement data, published monthly',
  'Coding clubs in secondary schools',
  'A helpline for online public services',
  'Local-language content for e-government',
  'Solar power for rural health centres',
  'Cybersecurity drills for every ministry',
  'Free public Wi-Fi in market towns',
];

async function addCard(phone: Page, text: string) {
  const composer = phone.getByTestId('activity-participant').getByTestId('card-composer');
  await composer.getByLabel('Your card').fill(text);
  await composer.getByRole('button', { name: 'Add card' }).click();
}

test('a long ballot is searched and shown as compact cards from the keyboard on a small phone, and compact is remembered', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Votes', format: 'Three-part forum' });
  await page.getByRole('button', { name: '+ Add a part' }).click();
  await page.getByTestId('agenda-row').last().getByLabel('Kind').selectOption('vote');
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const phone = await page.context().newPage();
  await smallPhone(phone);
  await phone.goto(`/#/w/${id}/participate`);
  const next = page.getByRole('button', { name: 'Next part', exact: true });
  await next.click();
  for (const idea of ideas) await addCard(phone, idea);
  await expect(phone.getByTestId('my-cards').getByTestId('idea-card')).toHaveCount(ideas.length);
  await next.click();
  await next.click();

  const panel = phone.getByTestId('activity-participant');
  await expect(panel).toHaveAttribute('data-activity', 'dots');
  const options = panel.getByTestId('vote-option');
  const count = panel.getByTestId('ballot-count');
  await expect(count).toHaveText('14 cards');
  await expect(options).toHaveCount(14);
  expect(await unreachableControls(phone), 'full cards').toEqual([]);
  const first = options.filter({ hasText: 'Train every civil servant' });
  const fullHeight = (await first.boundingBox())?.height ?? 0;

  // Accents and case do not matter; every word must appear.
  const search = panel.getByLabel('Search the cards');
  await search.focus();
  await phone.keyboard.type('WATER');
  await expect(count).toHaveText('2 of 14 cards match');
  await expect(options.locator('.vote-option-text')).toHaveText(['Clean water points in every district school', 'Mobile money for water bills in rural areas']);
  await phone.keyboard.press('Tab');
  await expect(panel.getByLabel('Compact cards')).toBeFocused();
  await phone.keyboard.press('Space');
  await expect(panel.getByLabel('Compact cards')).toBeChecked();
  // "−" is disabled with no dot placed, so the next stop is the first card's "+".
  await phone.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Add a dot to: Clean water points in every district school' })).toBeFocused();
  await phone.keyboard.press('Enter');
  await expect(panel.getByTestId('dot-budget')).toHaveText('2 of 3 dots left');
  await expect(options.first().getByTestId('my-dots')).toContainText('your dot: 1');

  await search.fill('');
  await expect(count).toHaveText('14 cards');
  await expect(options).toHaveCount(14);
  const compactHeight = (await first.boundingBox())?.height ?? Infinity;
  expect(compactHeight, `compact ${compactHeight} px against ${fullHeight} px`).toBeLessThan(fullHeight * 0.6);
  expect(await unreachableControls(phone), 'compact cards').toEqual([]);

  // The phone keeps the compact choice; the search starts empty again.
  await phone.reload();
  await expect(panel.getByLabel('Compact cards')).toBeChecked();
  await expect(panel.getByLabel('Search the cards')).toHaveValue('');
  await expect(options).toHaveCount(14);
  await expect(panel.getByTestId('dot-budget')).toHaveText('2 of 3 dots left');
});

test('a ballot of 130 cards draws 40 at first, more when scrolled to or asked from the keyboard, and search reaches every card', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).first().waitFor();
  const now = Date.now();
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'long-ballot', title: 'Long ballot', format: 'forum3', date: '2026-12-02', startTime: '09:00', endTime: '10:30', venue: '', organiser: '', language: 'en', sdgTags: [], description: '', createdAt: now, parts: [] });
  buildLargeRoom(doc, { cards: 130, participants: 2, votes: 0 }, now);
  await writeStoredDocs(page, [{ row: { id: 'long-ballot', createdAt: now, updatedAt: now, ...summarize(readWorkshop(doc)) }, update: [...Y.encodeStateAsUpdateV2(doc)] }]);
  await smallPhone(page);
  await page.goto('/#/w/long-ballot/participate');

  const panel = page.getByTestId('activity-participant');
  const options = panel.getByTestId('vote-option');
  const more = panel.getByRole('button', { name: 'Show more cards' });
  await expect(panel.getByTestId('ballot-count')).toHaveText('130 cards');
  await expect(options).toHaveCount(40);

  // A card not drawn yet is found by searching.
  const search = panel.getByLabel('Search the cards');
  await search.fill('challenge 125');
  await expect(panel.getByTestId('ballot-count')).toHaveText('1 of 130 cards matches');
  await expect(options.locator('.vote-option-text')).toHaveText(['Challenge 125: staff need training on data tools in unit 14']);
  await search.fill('');
  await expect(options).toHaveCount(40);

  // From the keyboard: reaching the button draws nothing behind the person's back; pressing it
  // draws the next page and takes them to its first card.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(options).toHaveCount(80);
  await expect(panel.getByRole('button', { name: /^Add a dot to: Challenge 40:/ })).toBeFocused();

  // Scrolling near the end draws the next pages by themselves, until the ballot is whole.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(options).toHaveCount(120);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(options).toHaveCount(130);
  await expect(more).toHaveCount(0);
  expect(await unreachableControls(page), 'the whole ballot').toEqual([]);
});
