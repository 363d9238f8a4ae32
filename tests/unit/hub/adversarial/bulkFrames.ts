// Frames that add a lot: cards of any size, and many tiny entries, built as a participant's own
// client would encode them, or by hand where no client would.
import * as Y from 'yjs';
import { addCard } from '../../../../shared/activities/cards';
import type { CardsActivity } from '../../../../shared/activities/activitySchema';
import type { Actor } from '../../../../shared/activities/outcome';
import { craftUpdate, type CraftedItem } from '../../../fixtures/craftUpdate';
import { freshClient } from './costlyFrames';

/** One card with `text` as its text, however long, under a fresh client id: a card map and its
 *  fields, as the app's client encodes them. */
export function cardUpdate(author: string, partId: string, text: string): Uint8Array {
  const client = freshClient();
  const id = `card-${client}`;
  const fields = Object.entries({ id, partId, text, authorDevice: author, createdAt: 1, held: false });
  return craftUpdate([
    { client, clock: 0, parent: 'cards', parentSub: id, content: { type: 'map' } },
    ...fields.map(([field, value], index): CraftedItem => ({ client, clock: index + 1, parent: { client, clock: 0 }, parentSub: field, content: { any: [value] } })),
  ]);
}

/** `count` valid cards of `length` characters by one person, as the app writes them. */
export function validCards(actor: Actor, partId: string, config: CardsActivity, count: number, length: number): Uint8Array {
  const doc = new Y.Doc();
  const text = 'Staff need training on data tools. '.repeat(Math.ceil(length / 35)).slice(0, length);
  for (let index = 0; index < count; index++) {
    const added = addCard(doc, partId, { text: `${index} ${text}`.slice(0, length) }, actor, config, index);
    if (!added.ok) throw new Error(`card refused: ${JSON.stringify(added.refusal)}`);
  }
  return Y.encodeStateAsUpdate(doc);
}

/** `count` one-value map entries under `root`, chained one after another under each of `clients`. */
export function tinyStructs(root: string, count: number, clients: number[]): Uint8Array {
  const items: CraftedItem[] = [];
  const perClient = Math.ceil(count / clients.length);
  for (const client of clients) {
    for (let clock = 0; clock < perClient && items.length < count; clock++) {
      items.push({ client, clock, ...(clock === 0 ? { parent: root, parentSub: `tiny-${client}` } : { origin: { client, clock: clock - 1 } }), content: { any: [true] } });
    }
  }
  return craftUpdate(items);
}
