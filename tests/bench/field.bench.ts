// A participant joining from a low-end phone over a crowded hotspot: CPU slowed 6×, 1.5 Mbit/s
// down, 0.75 Mbit/s up, 40 ms latency (Chromium's DevTools throttling), 360×740. For the small
// forum and a 1,000-card room, the time from opening the join link to a usable participant view,
// and the bytes received until then; then a reload while the hub is down and its return. Two
// sides, alternated in one run: with FIELD_BENCH_BEFORE=<a copy of an earlier out/web>, that
// build against this one (each from its own hub, files compressed); without it, this build with
// the phone asking for uncompressed files (`identity`, as every phone got before the files were
// precompressed) against compressed. Run with `npm run bench -- field`; results in
// docs/BENCHMARKS.md, "Field". tests/bench/support/fieldTrace.ts shows where one join's time goes.
import { loadavg } from 'node:os';
import type { Browser, CDPSession, Page } from '@playwright/test';
import * as Y from 'yjs';
import { initWorkshop, readWorkshop, summarize } from '../../shared/workshop/doc';
import { HubProcess } from '../fixtures/hubProcess';
import { buildLargeRoom } from '../fixtures/largeRoom';
import { joinAsParticipant, openToParticipants } from '../fixtures/lanSteps';
import { writeStoredDocs } from '../fixtures/seedStore';
import { launchChromium, median } from './support/browser';

const runs = Number(process.env.FIELD_BENCH_RUNS ?? 3);
const slowPhone = { latency: 40, downloadThroughput: (1.5e6 / 8) | 0, uploadThroughput: (0.75e6 / 8) | 0 };

/** `usable`: the view is usable once `count` elements match `selector`. */
type Room = { name: string; link: string; usable: { selector: string; count: number } };
type Join = { ms: number; bytes: number };
type Serving = 'compressed' | 'uncompressed';
/** One side of the comparison: a hub, the build it serves, how the phone asks for files. */
type Side = { label: string; hub: HubProcess; serving: Serving };
/** The big room's ballot draws its cards in pages of 40 (renderer/src/features/activities/dots/useBallotView.ts). */
const ballotFirstPage = 40;

/**
 * A fresh phone (own storage, no cached app) on the slow network with the slow CPU. `offlineShell`:
 * whether the app may install its service worker. A join is timed without it: the worker's own
 * downloads escape the page's network throttling (DevTools throttles one target, the page), so
 * files it had copied came to the page at loopback speed, uncounted, flattering whichever build
 * let the worker fetch more of them. Without it, every byte the join needs crosses the slow link.
 */
async function phone(browser: Browser, origin: string, serving: Serving, offlineShell = false): Promise<{ page: Page; cdp: CDPSession; received: () => number }> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: offlineShell ? 'allow' : 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slowPhone });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  if (serving === 'uncompressed') await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  // Bytes as they came over the wire: HTTP responses (headers and body as sent) and WebSocket frames.
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  cdp.on('Network.webSocketFrameReceived', (event: { response: { payloadData: string; opcode: number } }) => {
    const data = event.response.payloadData;
    bytes += event.response.opcode === 2 ? Math.floor((data.length * 3) / 4) : data.length;
  });
  return { page, cdp, received: () => bytes };
}

/** A function, not a string: the app's Content-Security-Policy refuses eval, rightly. Then the
 *  next frame, so that laying out and painting what was drawn is counted too. */
async function usable(page: Page, room: Room): Promise<void> {
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, room.usable, { timeout: 120_000, polling: 100 });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Open link → usable participant view: the join form filled at once, then the view's activity. */
async function joinOnce(browser: Browser, origin: string, room: Room, serving: Serving): Promise<Join> {
  const { page, received } = await phone(browser, origin, serving);
  const start = Date.now();
  await joinAsParticipant(page, room.link, 'Amina');
  await usable(page, room);
  const result = { ms: Date.now() - start, bytes: received() };
  await page.context().close();
  return result;
}

/** The facilitator's laptop (not throttled): the forum created and started, its join link. */
async function forumRoom(browser: Browser, hub: HubProcess): Promise<Room> {
  const page = await (await browser.newContext({ baseURL: hub.origin })).newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('radio', { name: /Three-part forum/ }).check();
  await dialog.getByLabel('Title').fill('Kigali forum on digital skills');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByTestId('workshop-title').waitFor();
  const link = await openToParticipants(page, hub.adminToken);
  await page.getByRole('link', { name: 'Run the session' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  return { name: 'small forum', link, usable: { selector: '[data-testid="activity-participant"][data-activity="competencies"] button', count: 1 } };
}

/** The 1,000-card room with its dot vote running, stored on the facilitator's laptop and opened. */
async function bigRoom(browser: Browser, hub: HubProcess): Promise<Room> {
  const page = await (await browser.newContext({ baseURL: hub.origin })).newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).first().waitFor();
  const started = Date.now();
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'field-room', title: 'A room of 1,000 cards', format: 'forum3', date: '2026-12-02', startTime: '09:00', endTime: '10:30', venue: '', organiser: '', language: 'en', sdgTags: [], description: '', createdAt: started, parts: [] });
  buildLargeRoom(doc, { cards: 1000, participants: 100, votes: 600 }, started);
  await writeStoredDocs(page, [{ row: { id: 'field-room', createdAt: started, updatedAt: started, ...summarize(readWorkshop(doc)) }, update: [...Y.encodeStateAsUpdateV2(doc)] }]);
  await page.goto('/#/w/field-room');
  await page.getByTestId('workshop-title').waitFor();
  const link = await openToParticipants(page, hub.adminToken);
  // Usable: the search box and the first page of cards (an earlier build drew all 1,000 at once).
  return { name: '1,000-card room', link, usable: { selector: '[data-testid="ballot-tools"] ~ [data-testid="vote-options"] [data-testid="vote-option"]', count: ballotFirstPage } };
}

/** Reload while the hub is down (from the offline shell), then the hub's return. */
async function hubDown(browser: Browser, hub: HubProcess, room: Room): Promise<{ reloadMs: number; reconnectMs: number }> {
  const { page } = await phone(browser, hub.origin, 'compressed', true);
  await joinAsParticipant(page, room.link, 'Amina');
  await usable(page, room);
  // The offline shell is installed once the worker controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  await hub.kill();
  let start = Date.now();
  await page.reload({ waitUntil: 'commit' }).catch(() => undefined);
  await usable(page, room);
  const reloadMs = Date.now() - start;
  await hub.start();
  start = Date.now();
  await page.getByTestId('connection-status').filter({ hasText: 'Connected' }).waitFor({ timeout: 60_000 });
  const reconnectMs = Date.now() - start;
  await page.context().close();
  return { reloadMs, reconnectMs };
}

/** Runs `measure` `runs` times on each side, alternating which goes first. */
async function alternated<T>(sides: readonly Side[], measure: (side: Side) => Promise<T>): Promise<Map<Side, T[]>> {
  const results = new Map<Side, T[]>(sides.map((side) => [side, []]));
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 ? [...sides].reverse() : sides) results.get(side)!.push(await measure(side));
  }
  return results;
}

export async function run(): Promise<void> {
  const browser = await launchChromium();
  const before = process.env.FIELD_BENCH_BEFORE;
  const hubs = before ? [new HubProcess({ web: before }), new HubProcess()] : [new HubProcess()];
  const sides: Side[] = before
    ? [
        { label: `before (${before})`, hub: hubs[0]!, serving: 'compressed' },
        { label: 'after (out/web)', hub: hubs[1]!, serving: 'compressed' },
      ]
    : [
        { label: 'uncompressed (before)', hub: hubs[0]!, serving: 'uncompressed' },
        { label: 'compressed (as shipped)', hub: hubs[0]!, serving: 'compressed' },
      ];
  for (const hub of hubs) await hub.start();
  try {
    // One forum and one big room per hub.
    const rooms = new Map<HubProcess, Room[]>();
    for (const hub of hubs) rooms.set(hub, [await forumRoom(browser, hub), await bigRoom(browser, hub)]);
    const seconds = (values: readonly number[]) => `${(median(values) / 1000).toFixed(2)} s`;
    console.log(`throttled phone: CPU 6×, ${slowPhone.downloadThroughput * 8e-6} / ${slowPhone.uploadThroughput * 8e-6} Mbit/s, ${slowPhone.latency} ms; median of ${runs}, sides alternated; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    console.log(`| figure | ${sides.map((side) => side.label).join(' | ')} | ratio |`);
    console.log(`| --- | ${sides.map(() => '---:').join(' | ')} | ---: |`);
    for (const index of [0, 1]) {
      const joins = await alternated(sides, (side) => joinOnce(browser, side.hub.origin, rooms.get(side.hub)![index]!, side.serving));
      const ms = sides.map((side) => median(joins.get(side)!.map((join) => join.ms)));
      const kib = sides.map((side) => median(joins.get(side)!.map((join) => join.bytes)) / 1024);
      const name = rooms.get(hubs[0]!)![index]!.name;
      console.log(`| ${name}: open link → usable, throttled | ${ms.map((value) => `${(value / 1000).toFixed(2)} s`).join(' | ')} | ${(ms[1]! / ms[0]!).toFixed(2)}× |`);
      console.log(`| ${name}: bytes received until usable | ${kib.map((value) => `${Math.round(value)} KiB`).join(' | ')} | ${(kib[1]! / kib[0]!).toFixed(2)}× |`);
      console.log(`|   (each run, s: ${sides.map((side) => joins.get(side)!.map((join) => (join.ms / 1000).toFixed(1)).join(' ')).join(' · ')})`);
    }
    // The offline shell: only a build that has one (both sides of a before/after run do).
    const downSides = before ? sides : sides.slice(1);
    const downs = await alternated(downSides, (side) => hubDown(browser, side.hub, rooms.get(side.hub)![0]!));
    const cells = (pick: (down: { reloadMs: number; reconnectMs: number }) => number) => (before ? '' : '— | ') + downSides.map((side) => seconds(downs.get(side)!.map(pick))).join(' | ');
    console.log(`| small forum: reload while the hub is down → participant view from the offline shell | ${cells((down) => down.reloadMs)} |`);
    console.log(`| small forum: hub back → "Connected" without a reload | ${cells((down) => down.reconnectMs)} |`);
    console.log(`|   (reloads, s: ${downSides.map((side) => downs.get(side)!.map((down) => (down.reloadMs / 1000).toFixed(1)).join(' ')).join(' · ')}); load average now ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  } finally {
    await browser.close();
    for (const hub of hubs) await hub.stop();
  }
}
