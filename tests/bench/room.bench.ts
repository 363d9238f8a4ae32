// Run-the-room benchmarks, in Chromium against the production web build, with a busy room
// (tests/fixtures/largeRoom.ts: 2,000 cards, 100 people in the register, 1,000 dots):
//  - the facilitator's cards board, navigation → every card on screen (target < 500 ms);
//  - the attendance register, navigation → all 100 rows and the counts on screen;
//  - a dot placed by a participant → the updated ranking on screen (target < 100 ms).
// The board and the vote are measured through the live screens (#/w/<id>/run and
// #/w/<id>/participate), which render the activity panels for the current part.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { buildLargeRoom } from '../fixtures/largeRoom';
import { startPart } from '../../shared/run/state';
import { initWorkshop, readWorkshop, summarize } from '../../shared/workshop/doc';
import { launchChromium, median } from './support/browser';
import { serveFolder } from './support/staticServer';
import { writeStoredDocs, type StoredDoc } from '../fixtures/seedStore';

const webRoot = join(process.cwd(), 'out/web');
const runs = 5;
const started = Date.UTC(2024, 4, 2, 9);

/** A busy room stored under `id`, with `current` ('board' or 'vote') as the part being run. */
function room(id: string, current: 'board' | 'vote'): StoredDoc & { cards: number } {
  const doc = new Y.Doc();
  initWorkshop(doc, { id, title: `Benchmark room (${current})`, format: 'forum3', date: '2024-05-02', startTime: '09:00', endTime: '10:30', venue: '', organiser: '', language: 'en', sdgTags: [], description: '', createdAt: started, parts: [] });
  const built = buildLargeRoom(doc);
  // buildLargeRoom leaves the vote running; the board is measured with the brainstorm running.
  if (current === 'board') startPart(doc, built.brainstormPartId, started + 60_000);
  const summary = summarize(readWorkshop(doc));
  return { row: { id, createdAt: started, updatedAt: started, ...summary }, update: [...Y.encodeStateAsUpdateV2(doc)], cards: built.cardIds.length };
}

async function seed(page: Page, rooms: ReturnType<typeof room>[]): Promise<void> {
  await writeStoredDocs(page, rooms);
}

/** Milliseconds from navigation until `ready` holds in the page (checked every frame). */
async function timeToRender(page: Page, url: string, ready: string, arg: number): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  const handle = await page.waitForFunction(new Function('expected', `return (${ready}) ? performance.now() : false;`) as (expected: number) => number | false, arg, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

/**
 * The facilitator's board on the run screen: navigation until the board shows its count and its
 * first cards (the board draws 120 cards per group and offers the rest behind "Show all"), then
 * the time for "Show all" to draw every card. Point `url` at the screen showing FacilitatorActivity.
 */
export async function measureBoard(page: Page, url: string, cards: number): Promise<{ shown: number[]; all: number[] }> {
  const shown: number[] = [];
  const all: number[] = [];
  const firstCards = Math.min(cards, 120);
  for (let i = 0; i < runs; i++) {
    shown.push(await timeToRender(page, url, `document.querySelectorAll('[data-testid="activity-facilitator"] [data-testid="idea-card"]').length === expected && document.querySelector('.board-count')`, firstCards));
    all.push((await page.evaluate(showAllProbe(cards))) as number);
  }
  return { shown, all };
}

export async function measureOpen(page: Page, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeToRender(page, url, `document.querySelector('[data-testid="meta-start"]')`, 0));
  return times;
}

export async function measureRegister(page: Page, url: string, people: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeToRender(page, url, `document.querySelectorAll('[data-testid="register-row"]').length === expected && document.querySelector('[data-testid="attendance-total"]')`, people));
  return times;
}

/**
 * A participant's dot on the leading card, until the ranking on the same screen shows the new
 * count. Timed inside the page (click to the frame that shows it), so Playwright's own round
 * trips are not counted. Each run takes the dot back afterwards, so the budget never runs out.
 */
export async function measureVote(page: Page, url: string): Promise<number[]> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByTestId('result-row').first().waitFor({ timeout: 60_000 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      (await page.evaluate(voteProbe)) as number,
    );
    const remove = page.getByTestId('activity-participant').locator('button[aria-label^="Take a dot from"]:not([disabled])').first();
    await remove.click();
    await page.waitForTimeout(200);
  }
  return times;
}

// Page code as source text: the TypeScript loader would otherwise wrap its named functions in a
// helper that does not exist inside the page.
const voteProbe = `(async () => {
  const panel = document.querySelector('[data-testid="activity-participant"]');
  const top = () => panel.querySelector('[data-testid="result-row"]')?.textContent ?? '';
  const label = panel.querySelector('[data-testid="result-row"] .result-label')?.textContent ?? '';
  const before = top();
  const add = Array.from(panel.querySelectorAll('button')).find((button) => button.getAttribute('aria-label') === 'Add a dot to: ' + label);
  if (!add) throw new Error('No dot button for ' + label);
  const start = performance.now();
  add.click();
  return new Promise((resolve) => {
    const check = () => (top() !== before ? resolve(performance.now() - start) : requestAnimationFrame(check));
    check();
  });
})()`;

const showAllProbe = (cards: number) => `(async () => {
  const button = document.querySelector('[data-testid="activity-facilitator"] .show-all');
  if (!button) return 0;
  const start = performance.now();
  button.click();
  return new Promise((resolve) => {
    const check = () => (document.querySelectorAll('[data-testid="activity-facilitator"] [data-testid="idea-card"]').length >= ${cards} ? resolve(performance.now() - start) : requestAnimationFrame(check));
    check();
  });
})()`;

const line = (what: string, times: number[], target: string) => `${what}: median ${median(times).toFixed(0)} ms (runs: ${times.map((v) => v.toFixed(0)).join(', ')}; ${target})`;

export async function run(): Promise<void> {
  const { server, url } = await serveFolder(webRoot);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'No workshops yet' }).waitFor();
    const board = room('benchboard', 'board');
    const vote = room('benchvote', 'vote');
    await seed(page, [board, vote]);

    // Opening a stored workshop of this size (reading and applying its updates) is part of every
    // navigation below; the details tab renders almost nothing else, so it gives that share.
    const open = await measureOpen(page, `${url}#/w/benchboard/details`);
    console.log(line('opening the workshop alone (details tab), navigation → shown', open, 'for reference'));
    const register = await measureRegister(page, `${url}#/w/benchboard/attendance`, 100);
    console.log(line('attendance register, 100 people, navigation → rows and counts', register, 'no target set'));
    const cards = await measureBoard(page, `${url}#/w/benchboard/run`, board.cards);
    console.log(line(`facilitator's board, ${board.cards} cards, navigation → board with its first 120 cards`, cards.shown, 'target < 500 ms'));
    console.log(line(`facilitator's board, "Show all" → all ${board.cards} cards drawn`, cards.all, 'no target set'));
    const dots = await measureVote(page, `${url}#/w/benchvote/participate`);
    console.log(line('dot placed → updated ranking (1,000 dots already cast)', dots, 'target < 100 ms'));
  } finally {
    await browser.close();
    server.close();
  }
}
