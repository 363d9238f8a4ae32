// Where the field benchmark's throttled join goes (docs/BENCHMARKS.md, "Field"): one join on the
// same slow phone, traced, printed as a network and WebSocket timeline with the page's steps, the
// trace's time by event and script, its long tasks, and the sampling profiler's time by script and
// function. `reload` joins the forum, kills the hub and traces the reload from the offline shell.
// Tracing and profiling slow the page down: read proportions, time with the benchmark.
//   node --import tsx tests/bench/support/fieldTrace.ts [forum|big|reload]   (after npm run build:web)
import type { Browser } from '@playwright/test';
import * as Y from 'yjs';
import { initWorkshop, readWorkshop, summarize } from '../../../shared/workshop/doc';
import { HubProcess } from '../../fixtures/hubProcess';
import { buildLargeRoom } from '../../fixtures/largeRoom';
import { joinAsParticipant, openToParticipants } from '../../fixtures/lanSteps';
import { writeStoredDocs } from '../../fixtures/seedStore';
import { launchChromium } from './browser';

const slowPhone = { latency: 40, downloadThroughput: (1.5e6 / 8) | 0, uploadThroughput: (0.75e6 / 8) | 0 };
type Room = { link: string; usable: { selector: string; count: number } };

async function forumRoom(browser: Browser, hub: HubProcess): Promise<Room> {
  const page = await (await browser.newContext({ baseURL: hub.origin })).newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('radio', { name: /Three-part forum/ }).check();
  await dialog.getByLabel('Title').fill('Kigali forum');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByTestId('workshop-title').waitFor();
  const link = await openToParticipants(page, hub.adminToken);
  await page.getByRole('link', { name: 'Run the session' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  return { link, usable: { selector: '[data-testid="activity-participant"][data-activity="competencies"] button', count: 1 } };
}

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
  return { link, usable: { selector: '[data-testid="vote-option"]', count: 40 } };
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; cat: string; args?: { data?: { url?: string; stackTrace?: { url: string }[] }; fileName?: string; url?: string } };

function summarise(events: TraceEvent[], t0: number): void {
  const main = events.filter((event) => event.ph === 'X' && event.dur);
  const byKey = new Map<string, number>();
  const add = (key: string, us: number) => byKey.set(key, (byKey.get(key) ?? 0) + us);
  for (const event of main) {
    const url = event.args?.data?.url ?? event.args?.fileName ?? event.args?.url ?? '';
    const short = url.replace(/^.*\//, '');
    if (['v8.compile', 'v8.compileModule', 'v8.parseOnBackground', 'V8.CompileCode', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'ParseAuthorStyleSheet', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'v8.run', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'v8.produceModuleCache'].includes(event.name)) add(`${event.name} ${short}`, event.dur!);
    else add(event.name, event.dur!);
  }
  const rows = [...byKey].filter(([, us]) => us > 20_000).sort((a, b) => b[1] - a[1]).slice(0, 45);
  for (const [key, us] of rows) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
  // Long tasks in time order.
  const tasks = main.filter((event) => event.name === 'RunTask' && event.dur! > 50_000);
  console.log('long tasks (start ms from t0, duration):');
  for (const task of tasks) {
    const inner = main.filter((event) => event.ts >= task.ts && event.ts < task.ts + task.dur! && event.name !== 'RunTask' && event.dur! > task.dur! * 0.3).map((event) => `${event.name}${event.args?.data?.url ? ' ' + event.args.data.url.replace(/^.*\//, '') : ''}`);
    console.log(`  ${((task.ts - t0) / 1000).toFixed(0).padStart(6)} +${(task.dur! / 1000).toFixed(0)} ms  ${[...new Set(inner)].slice(0, 6).join(', ')}`);
  }
}

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] };

/** Self time by function and by script, from the sampling profiler. */
function printProfile(profile: Profile, origin: string): void {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const dt = profile.timeDeltas[index + 1] ?? 0;
    const node = byNode.get(id)!;
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anon)'} ${frame.url.replace(origin, '')}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byUrl.set(frame.url.replace(origin, '') || frame.functionName, (byUrl.get(frame.url.replace(origin, '') || frame.functionName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byNode.get(at)!.callFrame;
      const k = `${f.functionName || '(anon)'} ${f.url.replace(origin, '')}:${f.lineNumber}:${f.columnNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log('profile self time by script:\n' + top(byUrl, 15));
  console.log('profile self time by function:\n' + top(self, 30));
  console.log('profile total time by function:\n' + top(total, 50));
}

async function tracedJoin(browser: Browser, origin: string, room: Room, label: string, hub?: HubProcess): Promise<void> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slowPhone });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const start = Date.now();
  const log: string[] = [];
  const at = () => `${String(Date.now() - start).padStart(6)} ms`;
  const requests = new Map<string, { url: string; t: number }>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string; method: string } }) => {
    requests.set(e.requestId, { url: e.request.url, t: Date.now() - start });
    log.push(`${at()} → ${e.request.method} ${e.request.url.replace(origin, '')}`);
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const r = requests.get(e.requestId);
    log.push(`${at()} ← ${r?.url.replace(origin, '')} ${Math.round(e.encodedDataLength / 1024)} KiB (${Date.now() - start - (r?.t ?? 0)} ms)`);
  });
  cdp.on('Network.webSocketFrameReceived', (e: { response: { payloadData: string; opcode: number } }) => log.push(`${at()} ws← ${Math.round((e.response.payloadData.length * 3) / 4 / 1024)} KiB`));
  cdp.on('Network.webSocketFrameSent', (e: { response: { payloadData: string } }) => log.push(`${at()} ws→ ${Math.round((e.response.payloadData.length * 3) / 4)} B`));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (hub) {
    await joinAsParticipant(page, room.link, 'Amina');
    await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, room.usable, { timeout: 120_000, polling: 100 });
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    await hub.kill();
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  const t1 = Date.now();
  if (hub) {
    log.length = 0;
    await page.evaluate(() => performance.mark('before-reload'));
    await page.reload({ waitUntil: 'commit' }).catch(() => undefined);
    log.push(`${Date.now() - start} ms committed (reload began at ${t1 - start})`);
    await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, room.usable, { timeout: 120_000, polling: 100 });
    log.push(`${at()} USABLE after reload`);
    const marks = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation').map((e) => e.toJSON()).concat((performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ name: e.name.replace(/^.*\//, ''), start: Math.round(e.startTime), end: Math.round(e.responseEnd) })))));
    console.log(marks);
  } else {
  await page.goto(room.link);
  log.push(`${at()} load event`);
  await page.getByLabel('Your name').fill('Amina');
  log.push(`${at()} name typed (join form shown)`);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  log.push(`${at()} Join clicked`);
  await page.getByTestId('participant').waitFor();
  log.push(`${at()} participant view`);
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, room.usable, { timeout: 120_000, polling: 100 });
  log.push(`${at()} USABLE`);
  }
  const buffer = await browser.stopTracing();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  printProfile(profile, origin);
  const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  console.log(`\n=== ${label}`);
  for (const line of log.sort((a, b) => parseInt(a) - parseInt(b))) console.log(line);
  const nav = trace.traceEvents.find((event) => event.name === 'navigationStart' || event.name === 'TracingStartedInBrowser');
  summarise(trace.traceEvents, nav?.ts ?? trace.traceEvents[0]!.ts);
  await context.close();
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'forum';
  const browser = await launchChromium();
  const hub = new HubProcess();
  await hub.start();
  try {
    const room = which === 'big' ? await bigRoom(browser, hub) : await forumRoom(browser, hub);
    await tracedJoin(browser, hub.origin, room, which, which === 'reload' ? hub : undefined);
  } finally {
    await browser.close();
    await hub.stop();
  }
}
await main();
export {};
