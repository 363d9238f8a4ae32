import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshop } from './support';

/*
 * The roadmap part of the three-part forum, with the facilitator on the run screen and a
 * participant in a second tab of the same browser (the two share the workshop through
 * IndexedDB; the same steps across two laptops through the hub are in lan.spec.ts). One story,
 * in order: start from the draft, propose,
 * comment and vote from the room, accept and merge, move an item and watch the timeline,
 * restore a version, import a file with bad rows, and co-edit one description from both tabs.
 */

const facilitatorPanel = (page: Page) => page.getByTestId('activity-facilitator');
const participantPanel = (page: Page) => page.getByTestId('activity-participant');
const card = (scope: ReturnType<Page['getByTestId']>, title: string) => scope.getByTestId('roadmap-item').filter({ hasText: title });

async function openItem(scope: ReturnType<Page['getByTestId']>, title: string) {
  await card(scope, title).getByRole('button', { name: title }).click();
  await expect(scope.getByTestId('item-detail').getByLabel('Title')).toHaveValue(title);
}

/** Starts the forum's run and moves on to its third part, the roadmap. */
async function runToRoadmap(page: Page, id: string) {
  await page.goto(`/#/w/${id}/run`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next part', exact: true }).click();
}

async function timelineSource(page: Page): Promise<string> {
  return (await facilitatorPanel(page).getByTestId('roadmap-timeline').getAttribute('data-source')) ?? '';
}

/** The words of the drawn timeline in document order (Mermaid wraps labels into many tspans). */
async function timelineWords(page: Page): Promise<string> {
  const words = await facilitatorPanel(page).getByTestId('roadmap-timeline').locator('svg text tspan, svg text:not(:has(tspan))').allTextContents();
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

test('the room co-edits the roadmap: proposals, comments, votes, timeline, history, import, shared descriptions', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Roadmap forum', format: 'Three-part forum' });
  await runToRoadmap(page, id);
  const host = facilitatorPanel(page);
  await expect(host).toHaveAttribute('data-activity', 'roadmap');

  // Start from the draft template.
  await host.getByRole('button', { name: 'Start from the draft roadmap' }).click();
  await expect(host.getByTestId('roadmap-item')).toHaveCount(7);

  // A participant proposes two items, comments on one, and votes.
  const guestPage = await page.context().newPage();
  await guestPage.goto(`/#/w/${id}/participate`);
  const guest = participantPanel(guestPage);
  await expect(guest.getByTestId('roadmap-item')).toHaveCount(7);
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
  await guest.getByRole('button', { name: 'Add a dot to: Share case studies' }).click();
  await guest.getByRole('radio', { name: 'Board' }).check();

  // The facilitator sees the proposals, the comment and the votes; accepts one and merges one.
  await expect(host.getByTestId('proposal-count')).toContainText('2 proposals');
  await expect(card(host, 'Run a monthly knowledge blog series')).toContainText('1 open comment');
  await openItem(host, 'Mentoring for data officers');
  await host.getByRole('button', { name: 'Accept into the roadmap' }).click();
  await expect(card(host, 'Mentoring for data officers')).toContainText('Proposed');
  await openItem(host, 'Share case studies');
  await host.getByTestId('item-detail').getByLabel('Merge into').selectOption({ label: 'Collect good practices as use cases' });
  await host.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was merged into' })).toContainText('“Share case studies” was merged into “Collect good practices as use cases”.');
  await expect(host.getByTestId('roadmap-item')).toHaveCount(8);
  await expect(card(guest, 'Share case studies')).toHaveCount(0);
  await expect(host.getByTestId('removed-items')).toContainText('1 deleted or merged item');
  await openItem(host, 'Run a monthly knowledge blog series');
  await expect(host.getByTestId('comment')).toContainText('Add posts in Swahili and French');
  await host.getByRole('radio', { name: 'Priorities' }).check();
  // The dot on the merged proposal now counts for the item it joined.
  await expect(host.getByTestId('ranked-item').filter({ hasText: 'Collect good practices' })).toContainText('1 vote');
  await expect(host.getByTestId('ranked-item').filter({ hasText: 'Offer trainings' })).toContainText('1 vote');

  // Moving an item to another horizon redraws the timeline.
  await host.getByRole('radio', { name: 'Timeline' }).check();
  await expect(host.getByTestId('roadmap-timeline').locator('svg')).toBeVisible();
  expect(await timelineSource(page)).toContain('Year 2, second half : Report back at the next forum');
  await host.getByRole('radio', { name: 'Board' }).check();
  await card(host, 'Report back at the next forum').getByRole('button', { name: 'Report back at the next forum' }).click();
  await host.getByLabel('When: Report back at the next forum').selectOption({ label: 'Year 1, first half' });
  await host.getByRole('radio', { name: 'Timeline' }).check();
  await expect.poll(() => timelineSource(page)).not.toContain('Year 2, second half');
  expect(await timelineSource(page)).toMatch(/Year 1, first half : [^\n]*Report back at the next forum/);
  // The drawing itself: the moved item now sits between the first and second half of year one.
  await expect.poll(() => timelineWords(page)).toMatch(/Year 1, first half .*Report back at the next forum.* Year 1, second half/);

  // The diagram saves as SVG and as PNG (drawn on a canvas, so a tainted canvas would fail here).
  const [svgFile] = await Promise.all([page.waitForEvent('download'), host.getByRole('button', { name: 'Save as SVG' }).click()]);
  expect(svgFile.suggestedFilename()).toBe('roadmap.svg');
  const [pngFile] = await Promise.all([page.waitForEvent('download'), host.getByRole('button', { name: 'Save as PNG' }).click()]);
  const png = readFileSync((await pngFile.path()) as string);
  expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');

  // Dragging a card to another column moves it too (a real mouse drag, to a column in view).
  // The board is brought to the top first: the open item's detail below it had scrolled the
  // page, and a page that scrolls between mouse down and drop drags whatever is then under the
  // pointer.
  await host.getByRole('radio', { name: 'Board' }).check();
  await host.getByTestId('roadmap-board').evaluate((board) => board.scrollIntoView({ block: 'start' }));
  const year2 = (panel: ReturnType<Page['getByTestId']>) => panel.getByRole('region', { name: 'Year 2, first half' });
  await card(host, 'Start working groups that write together').dragTo(year2(host));
  await expect(card(year2(host), 'Start working groups')).toBeVisible();
  await expect(card(year2(guest), 'Start working groups')).toBeVisible();

  // Restore an earlier version of an item.
  await openItem(host, 'Hold seminars and policy dialogues');
  const title = host.getByTestId('item-detail').getByLabel('Title');
  await title.fill('Seminars only');
  await title.press('Enter');
  await expect(card(host, 'Seminars only')).toBeVisible();
  await host.getByText('History').click();
  await expect(host.getByTestId('history-entry')).toHaveCount(2);
  await host.getByTestId('history-entry').last().getByRole('button', { name: 'Restore this version' }).click();
  await expect(card(host, 'Hold seminars and policy dialogues')).toBeVisible();
  await expect(card(guest, 'Hold seminars and policy dialogues')).toBeVisible();

  // Import a file with bad rows: a report first, nothing written until confirmed.
  await host.getByText('Add the draft or import a file').click();
  const csv = ['title,horizon,owner,status', 'Open data clinic,Y1 Q3,Data group,agreed', ',y1q1,,', 'Hackathon,someday,,', 'Peer reviews,later,,maybe'].join('\n');
  await host.getByLabel('Import a prepared roadmap (Markdown or CSV)').setInputFiles({ name: 'roadmap.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const report = host.getByTestId('import-report');
  await expect(report).toContainText('1 item from roadmap.csv can be imported');
  await expect(report.getByTestId('import-skipped').locator('li')).toHaveText(['Line 3: no title.', /Line 4: “someday” is not a horizon/, /Line 5: “maybe” is not a status/]);
  await expect(host.getByTestId('roadmap-item')).toHaveCount(8);
  await report.getByRole('button', { name: 'Import 1 item' }).click();
  await expect(host.getByTestId('roadmap-item')).toHaveCount(9);
  await expect(card(guest, 'Open data clinic')).toBeVisible();

  // Two tabs type into the same description at once; both keep their words.
  await openItem(host, 'Offer trainings on the competency framework');
  await openItem(guest, 'Offer trainings on the competency framework');
  const hostEditor = host.getByTestId('description-editor');
  const guestEditor = guest.getByTestId('description-editor');
  await hostEditor.click();
  await page.keyboard.press('End');
  await guestEditor.click();
  await guestPage.keyboard.press('End');
  await Promise.all([page.keyboard.type(' Facilitator adds Kigali.', { delay: 15 }), guestPage.keyboard.type(' Guest adds Nairobi.', { delay: 15 })]);
  for (const editor of [hostEditor, guestEditor]) {
    await expect(editor).toContainText('Facilitator adds Kigali.');
    await expect(editor).toContainText('Guest adds Nairobi.');
  }
  await expect.poll(async () => (await hostEditor.textContent()) === (await guestEditor.textContent())).toBe(true);
});

/** How far the element reaches below the bottom of the window, in pixels (0 when it fits). */
function overflowBelow(shown: Locator): Promise<number> {
  return shown.evaluate((element) => Math.max(0, element.getBoundingClientRect().bottom - window.innerHeight));
}

test('the projector shows the timeline and the top priorities on one screen, on a large and a small projector', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Roadmap on the wall', format: 'Three-part forum' });
  await runToRoadmap(page, id);
  await facilitatorPanel(page).getByRole('button', { name: 'Start from the draft roadmap' }).click();
  await facilitatorPanel(page).getByRole('radio', { name: 'Priorities' }).check();
  await page.getByRole('button', { name: 'Add a dot to: Offer trainings on the competency framework' }).click();

  const wall = await page.context().newPage();
  for (const size of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
    await wall.setViewportSize(size);
    await wall.goto(`/#/w/${id}/projector`);
    const shown = wall.getByTestId('activity-projector');
    await expect(shown.getByTestId('roadmap-timeline').locator('svg')).toBeVisible();
    const priorities = shown.getByRole('region', { name: 'Top priorities' });
    await expect(priorities.getByTestId('result-row').first()).toContainText('Offer trainings on the competency framework');
    await expect(priorities.getByTestId('result-row').first()).toContainText('1 dot');
    // Nobody scrolls a projector: the drawing and the ranking both end above the bottom edge.
    expect(await overflowBelow(shown.getByTestId('roadmap-timeline').locator('svg'))).toBe(0);
    expect(await overflowBelow(priorities.getByTestId('result-row').last())).toBe(0);
    // The rank sits on the dark wall, so it is drawn light, not in the dark accent of light screens.
    await expect(priorities.locator('.result-rank').first()).toHaveCSS('color', 'rgb(159, 216, 211)');
  }
});

test('on a phone, the item a participant taps opens in view, the ranked list opens items too, and the timeline stays readable', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Roadmap on a phone', format: 'Three-part forum' });
  await runToRoadmap(page, id);
  await facilitatorPanel(page).getByRole('button', { name: 'Start from the draft roadmap' }).click();

  const phone = await page.context().newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(`/#/w/${id}/participate`);
  const guest = participantPanel(phone);
  await card(guest, 'Collect good practices as use cases').getByRole('button', { name: 'Collect good practices as use cases' }).click();
  await expect(guest.getByTestId('item-detail')).toBeInViewport();
  await guest.getByRole('button', { name: 'Close' }).click();

  await guest.getByRole('radio', { name: 'Priorities' }).check();
  await phone.evaluate(() => window.scrollTo(0, 0));
  await guest.getByTestId('ranked-item').filter({ hasText: 'Report back at the next forum' }).getByRole('button', { name: 'Report back at the next forum', exact: true }).click();
  await expect(guest.getByTestId('item-detail').getByLabel('Title')).toHaveValue('Report back at the next forum');
  await expect(guest.getByTestId('item-detail')).toBeInViewport();

  // On a phone the timeline is a vertical list by horizon at the page's text size, not a wide drawing.
  await guest.getByRole('radio', { name: 'Timeline' }).check();
  const list = guest.getByTestId('roadmap-timeline-list');
  await expect(list).toBeVisible();
  await expect(guest.getByTestId('roadmap-timeline')).toBeHidden();
  await expect(list.getByRole('heading').first()).toHaveText('Year 1, first half');
  const item = list.getByText('Report back at the next forum', { exact: true });
  await expect(item).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const fontSize = await item.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(14);
});

test('a roadmap set to quarters starts empty with quarter columns; a first item lands in its quarter, and its deletion can be undone', async ({ page }) => {
  const id = await createWorkshop(page, { title: 'Roadmap by quarter', format: 'Three-part forum' });
  const roadmapPart = page.getByTestId('agenda-row').nth(2).getByTestId('activity-settings');
  await roadmapPart.locator('summary').click();
  await roadmapPart.getByLabel('Board columns').selectOption('quarters');
  await runToRoadmap(page, id);
  const host = facilitatorPanel(page);

  // Starting empty: the first item is added straight from the start screen.
  const start = host.getByTestId('roadmap-start');
  const when = start.getByLabel('When');
  await expect(when.locator('option')).toHaveText(['Y1 Q1', 'Y1 Q2', 'Y1 Q3', 'Y1 Q4', 'Y2 Q1', 'Y2 Q2', 'Y2 Q3', 'Y2 Q4', 'Later']);
  await start.getByRole('textbox').fill('Pilot the assessment in two ministries');
  await when.selectOption({ label: 'Y1 Q3' });
  await start.getByRole('button', { name: 'Add item' }).click();
  const pilot = card(host.getByRole('region', { name: 'Y1 Q3' }), 'Pilot the assessment in two ministries');
  await expect(pilot).toBeVisible();

  // A delete in front of the room can be taken back at once from the toast, or later from the
  // list of removed items.
  await openItem(host, 'Pilot the assessment in two ministries');
  await host.getByTestId('item-detail').getByRole('button', { name: 'Delete' }).click();
  await expect(host.getByTestId('roadmap-item')).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'was deleted' });
  await expect(toast).toContainText('“Pilot the assessment in two ministries” was deleted.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(pilot).toBeVisible();
  await openItem(host, 'Pilot the assessment in two ministries');
  await host.getByTestId('item-detail').getByRole('button', { name: 'Delete' }).click();
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await host.getByTestId('removed-items').locator('summary').click();
  await host.getByTestId('removed-items').getByRole('button', { name: 'Put it back' }).click();
  await expect(pilot).toBeVisible();
});
