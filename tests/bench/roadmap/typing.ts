// Typing in a roadmap description with the room on the LAN: the facilitator's laptop types into
// one item's description while five other people type into the same description from their own
// laptops, through a real hub process; one more laptop watches the same description.
// Measured on the writer's page: keystroke → its edit in the document, → the next frame, and how
// many frames it missed; and on the others: keystroke → applied, and → painted on the watcher.
import type { Browser, Page } from '@playwright/test';
import type * as Y from 'yjs';
import { HubProcess } from '../../fixtures/hubProcess';
import { joinAsParticipant, openToParticipants } from '../../fixtures/lanSteps';
import { seedDocs } from '../../fixtures/seedStore';
import { percentile } from '../hub/stats';
import { readerProbe, writerProbe, type KeySample, type ReaderSample } from './probes';
import { descriptionOf, joinTypist, leave, now, startTyping, type Typist } from './typists';

const sentence = 'The facilitator types this sentence while five others type into the same description. ';
const frameMs = 1000 / 60;

/** Maps a page's performance.now() onto this process's epoch clock, from the round trip with the
 *  smallest delay of several. */
async function pageClock(page: Page): Promise<(pageTime: number) => number> {
  let best = { delay: Infinity, shift: 0 };
  for (let i = 0; i < 15; i++) {
    const before = now();
    const pageTime = await page.evaluate(() => performance.now());
    const after = now();
    if (after - before < best.delay) best = { delay: after - before, shift: (before + after) / 2 - pageTime };
  }
  return (pageTime) => pageTime + best.shift;
}

function stats(values: readonly number[], counted = 'keystrokes'): string {
  const max = Math.max(...values);
  return `median ${percentile([...values], 50).toFixed(1)} ms, p95 ${percentile([...values], 95).toFixed(1)} ms, max ${max.toFixed(1)} ms (${values.length} ${counted})`;
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > 60_000) throw new Error(`benchmark timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function openDescription(page: Page, panel: string, title: string): Promise<void> {
  const scope = page.getByTestId(panel);
  await scope.getByTestId('roadmap-item').filter({ hasText: title }).first().getByRole('button').first().click();
  const editor = scope.getByTestId('description-editor');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+End');
}

export async function measureTypingOnTheLan(browser: Browser, seed: { id: string; createdAt: number; doc: Y.Doc }, itemTitle: string): Promise<void> {
  const hub = new HubProcess();
  await hub.start();
  const typists: Typist[] = [];
  try {
    const writer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await writer.goto(`${hub.origin}/`);
    await writer.getByRole('heading', { name: 'No workshops yet' }).waitFor();
    await seedDocs(writer, [seed]);
    await writer.goto(`${hub.origin}/#/w/${seed.id}`);
    const link = await openToParticipants(writer, hub.adminToken);
    await writer.goto(`${hub.origin}/#/w/${seed.id}/run`);
    await openDescription(writer, 'activity-facilitator', itemTitle);

    const watcher = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await joinAsParticipant(watcher, link, 'Watcher');
    await openDescription(watcher, 'activity-participant', itemTitle);

    for (let i = 1; i <= 5; i++) typists.push(joinTypist(link, `Typist ${i}`));
    const descriptions = await Promise.all(typists.map((typist) => until(() => descriptionOf(typist.doc, itemTitle), 'the description to reach every typist')));

    const writerId = (await writer.evaluate(writerProbe)) as number;
    await watcher.evaluate(readerProbe(writerId));
    for (const typist of typists) typist.watch(writerId);
    const writerClock = await pageClock(writer);
    const watcherClock = await pageClock(watcher);

    const stops = typists.map((typist, index) => startTyping(typist, descriptions[index] as Y.XmlFragment));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await writer.keyboard.type(sentence + sentence, { delay: 60 });
    for (const stop of stops) stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await writer.evaluate(() => (window as unknown as { __writer: { stop: () => void } }).__writer.stop());

    const { keys, frames } = (await writer.evaluate(() => (window as unknown as { __writer: { keys: KeySample[]; frames: number[] } }).__writer)) as { keys: KeySample[]; frames: number[] };
    const arrivals = (await watcher.evaluate(() => (window as unknown as { __reader: { arrivals: ReaderSample[] } }).__reader.arrivals)) as ReaderSample[];
    const typed = keys.filter((key) => key.frame !== undefined);

    const inDocument = typed.map((key) => key.stored - key.key);
    const toFrame = typed.map((key) => key.frame - key.key);
    // A frame more than one and a half refreshes after the one before means the page was too busy
    // to draw at a refresh: what a typist would see as a stutter.
    const typing = frames.filter((start) => start >= (typed[0]?.key ?? 0) && start <= (typed.at(-1)?.frame ?? 0));
    const late = typing.filter((start, index) => index > 0 && start - (typing[index - 1] as number) > 1.5 * frameMs).length;
    console.log(`keystroke → in the document (editor, binding, Yjs), 5 others typing: ${stats(inDocument)}; ${inDocument.filter((value) => value <= frameMs).length} of ${typed.length} within one frame (16.7 ms)`);
    console.log(`keystroke → the next frame after it (includes the wait for the screen's refresh): ${stats(toFrame)}; frames while typing: ${typing.length}, late: ${late}`);

    const reached = <A extends { clock: number }>(clock: number, list: readonly A[]): A | undefined => list.find((arrival) => arrival.clock >= clock);
    const painted = typed.flatMap((key) => {
      const arrival = reached(key.clock, arrivals);
      return arrival?.painted === undefined ? [] : [watcherClock(arrival.painted) - writerClock(key.key)];
    });
    console.log(`keystroke → painted on another laptop (through the hub): ${stats(painted)}; ${painted.filter((value) => value < 50).length} of ${painted.length} under 50 ms (target)`);
    const applied = typed.flatMap((key) =>
      typists.flatMap((typist) => {
        const arrival = reached(key.clock, typist.arrivals);
        return arrival ? [arrival.at - writerClock(key.key)] : [];
      }),
    );
    console.log(`keystroke → applied by each of the 5 typing clients: ${stats(applied, 'arrivals')}`);
    const lost = typed.length * 5 - applied.length + (typed.length - painted.length);
    if (lost > 0) console.log(`warning: ${lost} keystroke arrivals were not seen`);
  } finally {
    leave(typists);
    await hub.stop();
  }
}
