import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import * as Y from 'yjs';
import { addCard } from '../../shared/activities/cards';
import type { CardsActivity, CompetenciesActivity } from '../../shared/activities/config';
import { defaultActivity } from '../../shared/activities/config';
import { addParticipant } from '../../shared/attendance/register';
import { prioritise } from '../../shared/competencies/assessment';
import { decodeBarazaFile, encodeBarazaFile } from '../../shared/exchange/barazaFile';
import { readRun } from '../../shared/run/state';
import { readWorkshop } from '../../shared/workshop/doc';
import { pdfPages } from './pdfText';
import { createWorkshop } from './support';

/**
 * The organiser's path after a forum: the room's cards, priorities and register come back from
 * the other laptops as a workshop file and merge in; the outcome tab drafts the report from
 * them; the organiser edits a point and exports the report and the data, then the same document
 * as an IGF-style session report.
 */

const people = [
  { name: 'Wanjiku Kamau', email: 'wanjiku@example.org', gender: 'woman', group: 'government', mode: 'onsite' },
  { name: 'Baraka Otieno', email: 'baraka@example.org', gender: 'man', group: 'civilSociety', mode: 'online' },
  { name: 'Nadia Haddad', email: 'nadia@example.org', gender: 'woman', group: 'academia', mode: 'onsite' },
] as const;

/** What the room produced on the other laptops, written into a copy of the workshop's file. */
function withRoomData(file: Buffer): Uint8Array {
  const decoded = decodeBarazaFile(new Uint8Array(file));
  if (!decoded.ok) throw new Error(decoded.error.code);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoded.update);
  const [framework, challenges] = readWorkshop(doc).parts;
  if (!framework || !challenges) throw new Error('the forum has no parts');
  const now = Date.now();
  const host = { deviceId: 'host-laptop', role: 'facilitator' as const };
  const cards = defaultActivity('brainstorm') as CardsActivity;
  for (const text of ['Procurement rules slow every pilot', 'Ministries keep data in silos', 'Few staff trained in data analysis']) addCard(doc, challenges.id, { text }, host, cards, now);
  const priorities = defaultActivity('competencies') as CompetenciesActivity;
  for (const [voter, choice] of [['p1', 'digitalLiteracy'], ['p2', 'digitalLiteracy'], ['p3', 'dataDrivenDecisions']] as const) prioritise(doc, framework.id, voter, choice, priorities, readRun(doc), now);
  people.forEach((person, index) => addParticipant(doc, { ...person, emailConsent: true }, now + index));
  return encodeBarazaFile(doc, { appVersion: 'test' });
}

const igfRoles = [
  ['Speakers', 'Hon. Amina Njeri, Dr Peter Mwangi'],
  ['Onsite moderator', 'Grace Achieng'],
  ['Online moderator', 'Tomás Rivera'],
  ['Rapporteur', 'Juma Ali'],
] as const;

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const exportButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('the organiser drafts the outcome from the room, edits it, and exports the report, the data and the IGF session report', async ({ page }) => {
  await page.addInitScript(() => {
    // The browser's print dialog would block the test; the print page itself is what is checked.
    window.print = () => undefined;
  });
  const id = await createWorkshop(page, { title: 'Nakuru county forum', format: 'Three-part forum' });

  // Who ran it and what it serves, for the IGF-style session report exported at the end.
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByLabel('Date').fill('2026-03-12');
  await page.getByLabel('SDG goals and targets').fill('4, 16.7');
  for (const [role, name] of igfRoles) await page.getByLabel(role, { exact: true }).fill(name);
  await page.getByLabel('WSIS Action Lines').fill('C4, C7');

  // A short run, so the report has a run log: the first part, then the second.
  await page.getByRole('link', { name: 'Run the session' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(page.getByTestId('current-part-title')).toHaveText('Challenges and needs');

  // The room's data comes back in a workshop file and merges in.
  // Back by the app's own links, so the run's last write reaches IndexedDB before the export.
  await page.getByRole('link', { name: 'Nakuru county forum' }).click();
  await page.getByRole('link', { name: 'All workshops' }).click();
  const exported = await download(page, () => page.getByTestId('workshop-card').getByRole('button', { name: 'Export file' }).click());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file' }).first().click();
  await (await chooser).setFiles({ name: exported.name, mimeType: 'application/octet-stream', buffer: Buffer.from(withRoomData(exported.bytes)) });
  await expect(page.getByRole('status')).toContainText('Merged “Nakuru county forum”');

  await page.goto(`/#/w/${id}/outcome`);
  await expect(page.getByText('No outcome document yet')).toBeVisible();
  await page.getByRole('button', { name: 'Generate first draft' }).click();
  await expect(page.getByTestId('outcome-title')).toHaveValue('Nakuru county forum');

  const keyIssues = page.getByTestId('section-keyIssues');
  await expect(keyIssues.getByRole('textbox')).toHaveCount(3);
  await expect(keyIssues.getByTestId('section-count')).toHaveText('3 of 5–8');
  await expect(keyIssues.getByTestId('section-warning')).toContainText('at least 5');
  await expect(page.getByTestId('section-trends').getByRole('textbox').first()).toHaveValue(/Digital literacy came out as a priority/);
  const outcomes = page.getByTestId('section-outcomes').getByRole('textbox');
  // One line on attendance, after what the room decided, with its gender counts worded right.
  await expect(outcomes.last()).toHaveValue('3 people took part: 2 in the room and 1 online; among them 2 women and 1 man');
  await expect(page.getByTestId('participation')).toContainText('Academia');
  await expect(page.getByTestId('outcome-fit')).toHaveAttribute('data-fits', 'true');

  // Edit a point, then add two: the counter follows and the warning goes.
  const first = keyIssues.getByRole('textbox').first();
  await first.fill('Procurement rules slow every pilot; a fast track for small digital pilots was proposed');
  await keyIssues.getByRole('button', { name: 'Add a point' }).click();
  await keyIssues.getByRole('textbox').nth(3).fill('Shared data standards across ministries');
  await expect(keyIssues.getByTestId('section-count')).toHaveText('4 of 5–8');
  await keyIssues.getByRole('button', { name: 'Add a point' }).click();
  await keyIssues.getByRole('textbox').nth(4).fill('Training tied to performance goals');
  await expect(keyIssues.getByTestId('section-count')).toHaveText('5 of 5–8');
  await expect(keyIssues.getByTestId('section-warning')).toHaveCount(0);

  // Remove with undo, and move a point down with the keyboard.
  await keyIssues.getByRole('button', { name: 'Remove point 5' }).click();
  await expect(keyIssues.getByTestId('section-count')).toHaveText('4 of 5–8');
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await expect(keyIssues.getByRole('textbox').nth(4)).toHaveValue('Training tied to performance goals');
  await first.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(keyIssues.getByRole('textbox').nth(1)).toHaveValue(/fast track for small digital pilots/);

  const docx = await download(page, () => exportButton(page, 'Word (DOCX)').click());
  expect(docx.name).toBe('nakuru-county-forum-outcome.docx');
  const zip = unzipSync(new Uint8Array(docx.bytes));
  const xml = strFromU8(zip['word/document.xml'] as Uint8Array);
  // The timeline is drawn in the page and embedded as a PNG picture.
  const pictures = Object.keys(zip).filter((name) => /^word\/media\/[^/]+\.png$/.test(name));
  expect(pictures).toHaveLength(1);
  expect([...(zip[pictures[0] as string] as Uint8Array).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect(xml).toContain('<pic:pic');
  expect(xml).toContain('a fast track for small digital pilots was proposed');
  expect(xml).toContain('w:val="Heading1"');
  expect(xml).toContain('Key issues discussed');

  const markdown = await download(page, () => exportButton(page, 'Markdown').click());
  expect(markdown.bytes.toString('utf8')).toContain('- Shared data standards across ministries');

  const open = await download(page, () => exportButton(page, 'Participants (CSV)').click());
  expect(open.bytes.toString('utf8')).toContain('Wanjiku Kamau');
  await page.getByLabel(/Chatham House/).check();
  const closed = await download(page, () => exportButton(page, 'Participants (CSV)').click());
  expect(closed.name).toBe('nakuru-county-forum-participants-chatham-house.csv');
  const closedText = closed.bytes.toString('utf8');
  for (const person of people) {
    expect(closedText).not.toContain(person.name);
    expect(closedText).not.toContain(person.email);
  }
  expect(closedText.trim().split('\r\n')).toHaveLength(4);
  const json = (await download(page, () => exportButton(page, 'Everything (JSON)').click())).bytes.toString('utf8');
  expect(JSON.parse(json)).toMatchObject({ format: 'baraza-workshop-json', data: { participants: [{ name: '' }, { name: '' }, { name: '' }] } });
  for (const person of people) expect(json).not.toContain(person.name);
  // The forum has a roadmap part, so its items can be taken away too, keys beside words.
  const roadmap = await download(page, () => exportButton(page, 'Roadmap items (CSV)').click());
  expect(roadmap.name).toBe('nakuru-county-forum-roadmap.csv');
  expect(roadmap.bytes.toString('utf8').split('\r\n')[0]).toContain('status,status (label),horizon,horizon (label)');

  // Generating again over edited text asks first, and the old document comes back on undo.
  await page.getByRole('button', { name: 'Generate first draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the current document?' });
  await dialog.getByRole('button', { name: 'Replace with a new draft' }).click();
  await expect(keyIssues.getByTestId('section-count')).toHaveText('3 of 5–8');
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await expect(keyIssues.getByTestId('section-count')).toHaveText('5 of 5–8');

  // PDF in a browser: the print page opens in a frame, and Chromium prints it on two A4 pages at most.
  await exportButton(page, 'PDF').click();
  const frame = page.frameLocator('[data-testid="print-frame"]');
  await expect(frame.locator('h1')).toHaveText('Session summary: Nakuru county forum');
  await expect(frame.locator('article')).toContainText('Shared data standards across ministries');
  // The picture is our own drawing, printed as vectors: no Mermaid, no PNG in the print page.
  await expect(frame.locator('figure img')).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,/);
  // Nothing on this forum's roadmap was agreed, so the picture is the agenda, and says so.
  await expect(frame.locator('figcaption')).toHaveText('The session’s agenda, part by part');
  const html = await page.getByTestId('print-frame').getAttribute('srcdoc');
  const printer = await page.context().newPage();
  await printer.setContent(html ?? '');
  const pages = pdfPages(await printer.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  // The agenda's Gantt chart is on paper as text, with its times, and nothing prints under 8 pt.
  const runs = pages.flatMap((printed) => printed.runs);
  expect(runs.map((run) => run.text)).toEqual(expect.arrayContaining(['09:00–09:30', '1. The competency framework']));
  expect(Math.min(...runs.map((run) => run.size))).toBeGreaterThanOrEqual(8);

  // The same document as an IGF session report: takeaways, then a call to action written now.
  const plan = page.getByTestId('section-plan');
  for (const action of ['Ministry of ICT drafts the data-sharing standard', 'County HR offices publish a training calendar']) {
    await plan.getByRole('button', { name: 'Add a point' }).click();
    await plan.getByRole('textbox').last().fill(action);
  }
  const takeaway = await keyIssues.getByRole('textbox').first().inputValue();
  const igfHtml = await download(page, () => exportButton(page, 'Session report (HTML)').click());
  expect(igfHtml.name).toBe('nakuru-county-forum-session-report.html');
  await exportButton(page, 'Session report (PDF)').click();
  await expect(frame.locator('h1')).toHaveText('Session report: Nakuru county forum');
  await printer.setContent((await page.getByTestId('print-frame').getAttribute('srcdoc')) ?? '');
  const igfPdf = pdfPages(await printer.pdf({ format: 'A4', preferCSSPageSize: true }))
    .map((printed) => printed.text.replace(/^\d+ \/ \d+ /, ''))
    .join(' ');
  await printer.close();
  // What the sponsor reads, in the HTML file and on the printed page alike.
  const igfText = igfHtml.bytes.toString('utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const deadline = 'Due at the end of the session day (March 12, 2026).';
  for (const text of [igfText, igfPdf]) {
    expect(text).toContain(`Key takeaways ${deadline} ${takeaway}`);
    expect(text).toContain(`Call to action ${deadline} Ministry of ICT drafts the data-sharing standard County HR offices publish a training calendar`);
    expect(text).toContain('Session report Key insights');
    for (const [role, name] of igfRoles) expect(text).toContain(`${role}: ${name}`);
    expect(text).toContain('Tags SDG targets: SDG 4, SDG 16.7 WSIS Action Lines: Action Line C4, Action Line C7');
  }
});
