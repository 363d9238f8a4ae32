import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { roomDirectory } from '../../electron/hub/sync/roomReplicas';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { lanRoom } from './lanRoom';
import { createWorkshop, partTitles } from './support';

const lan = lanRoom();
const laptop = lan.laptop;

/** The facilitator creates a three-part forum and opens it to participants; returns the join link. */
async function facilitatorOpens(page: Page): Promise<{ id: string; link: string }> {
  const id = await createWorkshop(page, { title: 'Kigali forum', format: 'Three-part forum' });
  return { id, link: await lan.openToParticipants(page) };
}

function participantJoins(page: Page, link: string, name: string): Promise<void> {
  return lan.participantJoins(page, link, name, 'Kigali forum');
}

async function startRun(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Run the session' }).click();
  await expect(page.getByTestId('current-part-title')).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

async function editMyName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'My details' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved')).toBeVisible();
}

test('participants who open the join link appear to the facilitator and follow the run to the first question', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const { id, link } = await facilitatorOpens(facilitator);
  expect(link).toMatch(/\/#\/join\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]{22}$/);
  await expect(facilitator.getByTestId('join-qr').locator('svg')).toBeVisible();

  // The projector, on the facilitator's laptop, shows the QR code and the short code.
  const projector = await facilitator.context().newPage();
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('join-qr-slot')).toBeVisible();
  await expect(projector.getByTestId('projector-join-code')).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await projector.close();

  const amina = await laptop(browser);
  const juma = await laptop(browser);
  await participantJoins(amina, link, 'Amina');
  await participantJoins(juma, link, 'Juma');
  await expect(amina.getByTestId('participant-message')).toContainText('has not started yet');

  const who = facilitator.getByTestId('who-is-here');
  await expect(who).toContainText('Amina');
  await expect(who).toContainText('Juma');
  await expect(facilitator.getByTestId('register-list').locator('li')).toHaveText(['Amina', 'Juma']);

  await startRun(facilitator);
  for (const participant of [amina, juma]) {
    await expect(participant.getByTestId('current-part-title')).toHaveText('The competency framework');
    await expect(participant.getByTestId('current-questions')).toContainText('digital skills');
  }

  // A participant's own change (their register entry) reaches the facilitator.
  await editMyName(juma, 'Juma Otieno');
  await facilitator.goBack();
  await facilitator.getByTestId('open-to-participants').click();
  await expect(facilitator.getByTestId('register-list').locator('li')).toHaveText(['Amina', 'Juma Otieno']);
  // Presence tells the facilitator which part each participant's screen shows.
  await expect(facilitator.getByTestId('who-is-here').locator('li', { hasText: 'Amina' })).toContainText('on “The competency framework”');
});

test('a participant who loses the network keeps working, and the work merges when the network returns', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const { link } = await facilitatorOpens(facilitator);
  const amina = await laptop(browser);
  await participantJoins(amina, link, 'Amina');
  await startRun(facilitator);
  await expect(amina.getByTestId('current-part-title')).toHaveText('The competency framework');

  await amina.context().setOffline(true);
  await expect(amina.getByTestId('connection-status')).toHaveText(/^Offline since \d\d:\d\d$/);
  await editMyName(amina, 'Amina Uwase');
  await facilitator.getByRole('button', { name: 'Next part' }).click();
  await expect(facilitator.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  // Offline, the participant still sees the part she was on.
  await expect(amina.getByTestId('current-part-title')).toHaveText('The competency framework');

  await amina.context().setOffline(false);
  await expect(amina.getByTestId('connection-status')).toHaveText('Connected');
  await expect(amina.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await facilitator.goBack();
  await facilitator.getByTestId('open-to-participants').click();
  await expect(facilitator.getByTestId('register-list').locator('li')).toHaveText(['Amina Uwase']);
});

/** Opens "Who is here" on a participant's read-only copy of the planning screen. */
async function openRegister(page: Page, link: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/w/${id}`), roomOf(link));
  await page.getByTestId('open-to-participants').click();
}

const roomOf = (link: string) => new URL(link).hash.split('/')[2] ?? '';

test('after the hub is killed and restarted, everyone reconnects on their own, the room waits for the facilitator to reopen it, and a late joiner gets every edit', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const { link } = await facilitatorOpens(facilitator);
  const amina = await laptop(browser);
  const juma = await laptop(browser);
  await participantJoins(amina, link, 'Amina');
  await participantJoins(juma, link, 'Juma');
  await startRun(facilitator);
  await expect(amina.getByTestId('current-part-title')).toHaveText('The competency framework');
  await openRegister(juma, link);
  await expect(juma.getByTestId('register-list').locator('li')).toHaveText(['Amina', 'Juma']);

  await lan.hub.kill();
  await expect(facilitator.getByTestId('connection-status')).not.toHaveText('Connected');
  await expect(amina.getByTestId('connection-status')).not.toHaveText('Connected');
  // With the hub down everyone keeps working on their own copy; nothing travels until it is back.
  await editMyName(amina, 'Amina Uwase');
  await facilitator.getByRole('button', { name: 'Next part' }).click();
  await expect(juma.getByTestId('register-list').locator('li')).toHaveText(['Amina', 'Juma']);

  await lan.hub.start();
  await expect(facilitator.getByTestId('connection-status')).toHaveText('Connected', { timeout: 15_000 });
  await expect(amina.getByTestId('connection-status')).toHaveText('Connected', { timeout: 15_000 });
  await expect(amina.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await expect(juma.getByTestId('register-list').locator('li')).toHaveText(['Amina Uwase', 'Juma']);

  // A restarted hub lets nobody new in by itself: the old link waits for the facilitator.
  const late = await laptop(browser);
  await late.goto(link);
  await expect(late.getByTestId('join-refused')).toBeVisible();
  await facilitator.goBack();
  await facilitator.getByTestId('open-to-participants').click();
  const panel = facilitator.getByTestId('open-panel');
  await panel.getByRole('button', { name: 'Open to new joins again' }).click();
  await expect(panel.getByRole('button', { name: 'Close to new joins' })).toBeVisible();

  // The late joiner tries again, and syncs from the hub after the others' edits reached it.
  await late.getByTestId('join-refused').getByRole('button', { name: 'Try again' }).click();
  await late.getByLabel('Your name').fill('Baraka');
  await late.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(late.getByTestId('participant')).toContainText('Kigali forum');
  await expect(late.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await openRegister(late, link);
  await expect(late.getByTestId('register-list').locator('li')).toHaveText(['Amina Uwase', 'Juma', 'Baraka']);
});

test('a typed short code joins; a wrong or missing secret, or a workshop closed to new joins, shows no content', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const { link } = await facilitatorOpens(facilitator);
  const code = (await facilitator.getByTestId('join-code').textContent()) ?? '';

  const typist = await laptop(browser);
  await typist.goto('/');
  await typist.getByRole('button', { name: 'Join a workshop' }).click();
  await expect(typist.getByLabel('Hub address')).toHaveValue(`127.0.0.1:${lan.hub.port}`);
  await typist.getByLabel('Code').fill(`${code.slice(0, 3)}-${code.slice(3).toLowerCase()}`);
  await typist.getByTestId('join-by-code').getByRole('button', { name: 'Join', exact: true }).click();
  await typist.getByLabel('Your name').fill('Neema');
  await typist.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(typist.getByTestId('participant')).toContainText('Kigali forum');

  const stranger = await laptop(browser);
  const room = roomOf(link);
  for (const bad of [`/#/join/${room}/AAAAAAAAAAAAAAAAAAAAAA`, `/#/join/${room}/`]) {
    await stranger.goto(bad);
    await expect(stranger.getByTestId('join-refused')).toContainText(/not valid, or the workshop is not taking new people/);
    await expect(stranger.getByLabel('Your name')).toHaveCount(0);
  }
  await stranger.goto(`/#/w/${room}/participate`);
  await expect(stranger.getByText('Kigali forum')).toHaveCount(0);

  // Closed to new joins: the right link no longer admits anyone new; those inside stay.
  await facilitator.getByRole('button', { name: 'Close to new joins' }).click();
  await expect(facilitator.getByTestId('joins-closed')).toBeVisible();
  await stranger.goto(link);
  await expect(stranger.getByTestId('join-refused')).toBeVisible();
  await expect(typist.getByTestId('connection-status')).toHaveText('Connected');
});

/** Opens a room on the hub as an organisation's own server would be set up, outside the app. */
async function openRoomOnHub(room: string): Promise<string> {
  const response = await fetch(`${lan.hub.origin}/admin/rooms`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${lan.hub.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ room }),
  });
  return ((await response.json()) as { facilitatorSecret: string }).facilitatorSecret;
}

async function useAnotherServer(page: Page, id: string, key: string): Promise<void> {
  await page.getByTestId('open-to-participants').click();
  await page.getByRole('button', { name: 'Use another server' }).click();
  const form = page.getByTestId('other-server');
  await form.getByLabel('Server URL').fill(`ws://127.0.0.1:${lan.hub.port}/sync`);
  await expect(form.getByLabel('Room')).toHaveValue(id);
  await form.getByLabel('Key (optional, sent as ?key=)').fill(key);
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('connection-status')).toHaveText('Connected');
}

test('two laptops with the same workshop sync through another y-websocket server given by URL, room and key', async ({ browser }) => {
  const first = await laptop(browser);
  const id = await createWorkshop(first, { title: 'Shared elsewhere', format: 'Three-part forum' });
  await first.getByRole('link', { name: 'All workshops' }).click();
  const download = first.waitForEvent('download');
  await first.getByTestId('workshop-card').getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  const bytes = await readFile(await file.path());

  const second = await laptop(browser);
  await second.goto('/');
  const chooser = second.waitForEvent('filechooser');
  await second.getByRole('button', { name: 'Import a workshop file' }).first().click();
  await (await chooser).setFiles({ name: file.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
  await second.getByTestId('workshop-card').getByRole('link', { name: 'Shared elsewhere' }).click();

  const key = await openRoomOnHub(id);
  await first.goto(`/#/w/${id}`);
  await useAnotherServer(first, id, key);
  await useAnotherServer(second, id, key);

  await first.getByLabel('Title of part 1').fill('Skills that matter here');
  await expect.poll(async () => (await partTitles(second))[0]).toBe('Skills that matter here');
});

test('cards, dots and competency ratings from each laptop appear on the others', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const { link } = await facilitatorOpens(facilitator);
  const amina = await laptop(browser);
  const juma = await laptop(browser);
  await participantJoins(amina, link, 'Amina');
  await participantJoins(juma, link, 'Juma');
  await startRun(facilitator);

  // Part 1: priorities and self-ratings from two phones reach the facilitator's heat map.
  for (const [person, level] of [[amina, 'Confident'], [juma, 'Basic']] as const) {
    const panel = person.getByTestId('activity-participant');
    await panel.getByRole('button', { name: 'Add a dot to: Open data and open government' }).click();
    await panel.getByRole('group', { name: /Systems thinking/ }).getByRole('radio', { name: level }).check();
  }
  const board = facilitator.getByTestId('activity-facilitator');
  await expect(board.getByTestId('result-row').first()).toContainText('Open data and open government');
  await expect(board.getByTestId('result-row').first()).toContainText('2 dots');
  await expect(board.getByTestId('heat-row').filter({ hasText: 'Systems thinking' })).toContainText('(2)');

  // Part 2: each participant's card reaches the facilitator and the other participant.
  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  for (const [person, text] of [[amina, 'No budget line for training'], [juma, 'Ministries do not share data']] as const) {
    const composer = person.getByTestId('activity-participant').getByTestId('card-composer');
    await composer.getByLabel('Your card').fill(text);
    await composer.getByRole('button', { name: 'Add card' }).click();
  }
  await expect(board.getByTestId('idea-card')).toHaveCount(2);
  await expect(board).toContainText('No budget line for training');
  await expect(board).toContainText('Ministries do not share data');
  await expect(amina.getByTestId('activity-participant')).toContainText('Ministries do not share data');
  await expect(juma.getByTestId('activity-participant')).toContainText('No budget line for training');
});

/** Facilitator and Amina on their own laptops, both with one roadmap item's description open,
 *  the caret at its end. */
async function bothInOneDescription(browser: Browser) {
  const facilitator = await laptop(browser);
  const { link } = await facilitatorOpens(facilitator);
  const amina = await laptop(browser);
  const aminaPresence = presenceMessagesSent(amina);
  await participantJoins(amina, link, 'Amina');
  await startRun(facilitator);
  for (let i = 0; i < 2; i++) await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  const host = facilitator.getByTestId('activity-facilitator');
  await host.getByRole('button', { name: 'Start from the draft roadmap' }).click();
  const guest = amina.getByTestId('activity-participant');
  await expect(guest.getByTestId('roadmap-item')).toHaveCount(7);

  const title = 'Offer trainings on the competency framework';
  for (const scope of [host, guest]) {
    await scope.getByTestId('roadmap-item').filter({ hasText: title }).getByRole('button', { name: title }).click();
  }
  const hostEditor = host.getByTestId('description-editor');
  const guestEditor = guest.getByTestId('description-editor');
  await hostEditor.click();
  await facilitator.keyboard.press('Control+End');
  await guestEditor.click();
  await amina.keyboard.press('Control+End');
  return { facilitator, amina, hostEditor, guestEditor, aminaPresence };
}

/** How many presence (awareness) messages a laptop has sent the hub so far; counting starts
 *  before the laptop opens its connection. */
function presenceMessagesSent(page: Page): () => number {
  let count = 0;
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/sync/')) return;
    // y-websocket messages start with their type: 1 is awareness.
    socket.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string' && payload[0] === 1) count += 1;
    });
  });
  return () => count;
}

/** What the description says, without the other people's cursor labels drawn inside it. */
const editorText = (editor: Locator) =>
  editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });

test('two laptops type into the same roadmap description at once: both keep their words and see each other’s cursor', async ({ browser }) => {
  const { facilitator, amina, hostEditor, guestEditor, aminaPresence } = await bothInOneDescription(browser);
  await Promise.all([facilitator.keyboard.type(' Facilitator adds Kigali.', { delay: 20 }), amina.keyboard.type(' Amina adds Nairobi.', { delay: 20 })]);
  for (const editor of [hostEditor, guestEditor]) {
    await expect(editor).toContainText('Facilitator adds Kigali.');
    await expect(editor).toContainText('Amina adds Nairobi.');
  }
  // The same text on both screens.
  await expect.poll(async () => (await editorText(hostEditor)) === (await editorText(guestEditor))).toBe(true);
  // Each sees the other's named cursor in the description.
  await expect(hostEditor.locator('.collaboration-carets__label', { hasText: 'Amina' })).toBeVisible();
  await expect(guestEditor.locator('.collaboration-carets__label')).toBeVisible();

  // While only the facilitator types, Amina's laptop, caret still, does not keep telling the hub
  // where her caret is: that would be one message per keystroke per person in the description.
  const sentBefore = aminaPresence();
  await facilitator.keyboard.type(' One more sentence from the facilitator.', { delay: 20 });
  await expect(guestEditor).toContainText('One more sentence from the facilitator.');
  expect(aminaPresence() - sentBefore).toBeLessThan(5);
});

test('after edits at the same spot meet, each writer’s caret stays after their own text, so the next words are not glued to the other’s', async ({ browser }) => {
  const { facilitator, amina, hostEditor, guestEditor } = await bothInOneDescription(browser);
  const before = await editorText(hostEditor);
  // Both type a space at the very end while Amina is cut off, so the two spaces meet on reconnection.
  await amina.context().setOffline(true);
  await expect(amina.getByTestId('connection-status')).toHaveText(/^Offline since/);
  await facilitator.keyboard.type(' ');
  await amina.keyboard.type(' ');
  await amina.context().setOffline(false);
  for (const editor of [hostEditor, guestEditor]) await expect.poll(() => editorText(editor)).toBe(`${before}  `);
  // Each goes on typing where their caret is: right after their own space.
  await facilitator.keyboard.type('Kigali');
  await expect(guestEditor).toContainText('Kigali');
  await amina.keyboard.type('Nairobi');
  for (const editor of [hostEditor, guestEditor]) await expect.poll(() => editorText(editor)).toMatch(/ (Kigali Nairobi|Nairobi Kigali)$/);
});

test('deleting a workshop for good deletes its room on the hub: no file of it is left, and its old link and code get what a stranger gets', async ({ browser }) => {
  const facilitator = await laptop(browser);
  const { id, link } = await facilitatorOpens(facilitator);
  const code = (await facilitator.getByTestId('join-code').textContent()) ?? '';
  const amina = await laptop(browser);
  await participantJoins(amina, link, 'Amina');
  const folder = roomDirectory(lan.hub.dataDir, id);
  expect(existsSync(folder)).toBe(true);

  await facilitator.getByRole('link', { name: 'All workshops' }).click();
  await facilitator.getByTestId('workshop-card').filter({ hasText: 'Kigali forum' }).getByRole('button', { name: 'Delete' }).click();
  await facilitator.getByRole('button', { name: 'Delete workshop' }).click();
  // Once the Undo is behind her, the deletion is for good.
  await expect(facilitator.getByTestId('workshop-card')).toHaveCount(0);
  await expect.poll(() => existsSync(folder), { timeout: 20_000 }).toBe(false);
  expect(readFileSync(`${lan.hub.dataDir}/rooms.json`, 'utf8')).not.toContain(id);

  const stranger = (await fetch(`${lan.hub.origin}/join/ZZZZ-ZZZZ`)).status;
  expect((await fetch(`${lan.hub.origin}/join/${code}`)).status).toBe(stranger);
  const latecomer = await laptop(browser);
  await latecomer.goto(link);
  await expect(latecomer.getByTestId('join-refused')).toBeVisible();
  // Amina's laptop is told the room is gone and stops retrying.
  await expect(amina.getByTestId('connection-status')).not.toHaveText('Connected');
});
