import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { lanRoom } from './lanRoom';
import { createWorkshop } from './support';

/*
 * A participant's laptop, and beside it a script of their own: a y-websocket client that joins
 * with the same link and writes straight into the document, as anyone in the room could. What
 * the honest laptops, the projector and the exports show is what is checked, not what the
 * script is told.
 */
const lan = lanRoom();

type Script = { doc: Y.Doc; provider: WebsocketProvider; stop(): void };

/** The script's own client, joined with the room's link (an identity from the hub, then sync). */
async function hostileScript(link: string, credential?: { key: string }): Promise<Script> {
  const [, , room, secret] = new URL(link).hash.split('/');
  let params: Record<string, string>;
  if (credential) params = credential;
  else {
    const joined = await fetch(`${lan.hub.origin}/rooms/${room}/people`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } });
    params = { token: ((await joined.json()) as { token: string }).token };
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${lan.hub.port}/sync`, room ?? '', doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, stop: () => provider.destroy() };
}

async function download(page: Page, name: string): Promise<string> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return readFile(await (await event).path(), 'utf8');
}

/** A forum on the hub, run to its brainstorm, where Amina, on her own laptop, has added a card. */
async function forumWithACard(browser: Browser): Promise<{ facilitator: Page; id: string; link: string; amina: Page }> {
  const facilitator = await lan.laptop(browser);
  const id = await createWorkshop(facilitator, { title: 'Kigali forum', format: 'Three-part forum' });
  const link = await lan.openToParticipants(facilitator);
  const amina = await lan.laptop(browser);
  await lan.participantJoins(amina, link, 'Amina', 'Kigali forum');
  await facilitator.getByRole('link', { name: 'Run the session' }).click();
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await facilitator.getByRole('button', { name: 'Next part', exact: true }).click();
  const composer = amina.getByTestId('activity-participant').getByTestId('card-composer');
  await composer.getByLabel('Your card').fill('Ministries do not share data');
  await composer.getByRole('button', { name: 'Add card' }).click();
  return { facilitator, id, link, amina };
}

/** Someone else's card, nested far deeper than any screen could draw. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

test('a script beside a participant’s laptop cannot move the projector, change a part, stuff a vote, score, or break a screen', async ({ browser }) => {
  const { facilitator, id, link, amina } = await forumWithACard(browser);
  const projector = await facilitator.context().newPage();
  lan.watch(projector);
  await projector.goto(`/#/w/${id}/projector`);
  await expect(projector.getByTestId('current-part-title')).toHaveText('Challenges and needs');

  const script = await hostileScript(link);
  const parts = script.doc.getMap<Y.Map<unknown>>('parts');
  const first = [...parts.values()].find((part) => part.get('position') === Math.min(...[...parts.values()].map((candidate) => candidate.get('position') as number)));
  const framework = first?.get('id') as string;
  script.doc.getMap('run').set('currentPartId', framework);
  for (const part of parts.values()) part.set('minutes', 600);
  for (let voter = 0; voter < 20; voter++) script.doc.getMap('votes').set(`${framework}/invented-${voter}`, { dots: ['digitalLiteracy'], updatedAt: 1 });
  script.doc.getMap('scores').set(`judge/${framework}`, { judgeId: 'judge', submissionId: framework, marks: { impact: 5 }, updatedAt: 1 });
  const card = new Y.Map<unknown>();
  script.doc.getMap('cards').set('nested', card);
  card.set('text', deeplyNested(5_000));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  script.stop();

  // The room saw none of it.
  await expect(projector.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await expect(amina.getByTestId('current-part-title')).toHaveText('Challenges and needs');
  await expect(amina.getByTestId('activity-participant')).toContainText('Ministries do not share data');
  const board = facilitator.getByTestId('activity-facilitator');
  await expect(board.getByTestId('idea-card')).toHaveCount(1);
  await expect(facilitator.getByTestId('unreadable-entries')).toHaveCount(0);

  // Every export still works, and holds the room's work, not the script's.
  await facilitator.goto(`/#/w/${id}/outcome`);
  const json = JSON.parse(await download(facilitator, 'Everything (JSON)')) as { data: { agenda?: { minutes: number }[]; cards?: { text: string }[] } };
  const exported = JSON.stringify(json);
  expect(exported).toContain('Ministries do not share data');
  expect(exported).not.toContain('invented-');
  expect(exported).not.toContain('"minutes":600');
});

test('entries no reader can use, written with the facilitator’s own key, never break a screen or an export; the facilitator removes them', async ({ browser }) => {
  const { facilitator, id, link, amina } = await forumWithACard(browser);

  // The facilitator's key is trusted with any shape (the hub checks only depth and size), so a
  // faulty or outdated app holding it can still write entries no reader can use.
  const facilitatorKey = await facilitator.evaluate(async (room) => {
    const request = indexedDB.open('baraza');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const row = await new Promise<{ key: string }>((resolve) => {
      const get = db.transaction('connections').objectStore('connections').get(room);
      get.onsuccess = () => resolve(get.result as { key: string });
    });
    return row.key;
  }, id);
  const script = await hostileScript(link, { key: facilitatorKey });
  script.doc.getMap('cards').set('flat', 'not a card at all');
  const partial = new Y.Map<unknown>();
  script.doc.getMap('cards').set('partial', partial);
  partial.set('id', 'partial');
  partial.set('text', { not: 'text' });
  script.doc.getMap('participants').set('someone', { name: ['a', 'list'] });
  // Nested past what any client can decode: refused even with the facilitator's key.
  script.doc.getMap('cards').set('deep', deeplyNested(5_000));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  script.stop();

  await expect(facilitator.getByTestId('unreadable-entries')).toContainText('3 contributions cannot be read');
  await expect(facilitator.getByTestId('activity-facilitator').getByTestId('idea-card')).toHaveCount(1);
  await expect(amina.getByTestId('activity-participant')).toContainText('Ministries do not share data');
  await amina.reload();
  await expect(amina.getByTestId('activity-participant')).toContainText('Ministries do not share data');

  await facilitator.getByTestId('unreadable-entries').getByRole('button', { name: 'Remove unreadable entries' }).click();
  await facilitator.getByRole('dialog').getByRole('button', { name: 'Remove unreadable entries' }).click();
  await expect(facilitator.getByTestId('unreadable-entries')).toHaveCount(0);
  await facilitator.goto(`/#/w/${id}/outcome`);
  expect(await download(facilitator, 'Everything (JSON)')).toContain('Ministries do not share data');
});
