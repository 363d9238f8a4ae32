import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf } from '../../../shared/activities/config';
import type { CardsActivity } from '../../../shared/activities/activitySchema';
import { addCard, cardsRoot } from '../../../shared/activities/cards';
import { dotCard } from '../../../shared/activities/cardVote';
import type { DotsActivity } from '../../../shared/activities/activitySchema';
import { readRun } from '../../../shared/run/state';
import { metaMap, partsMap, readWorkshop } from '../../../shared/workshop/doc';
import { craftUpdate, type CraftedId } from '../../fixtures/craftUpdate';
import { trustedRoom, type Peer, type Room } from '../../fixtures/trustedRoom';

const mallory = { id: 'p-mallory', role: 'participant' as const };

function view(doc: Y.Doc): string {
  return JSON.stringify([metaMap(doc).toJSON(), partsMap(doc).toJSON(), doc.getMap('run').toJSON(), doc.getMap(cardsRoot).toJSON()]);
}

/** The id of the last struct an item covers (what an origin names). */
function lastId(item: Y.Item): CraftedId {
  return { client: item.id.client, clock: item.id.clock + item.length - 1 };
}

function seeded(): { room: Room; amina: Peer; card: string; partItem: Y.Item; facilitatorClient: number; facilitatorClock: number } {
  const room = trustedRoom();
  const amina = room.join('p-amina');
  const partId = room.parts.Challenges!;
  let card = '';
  amina.write((doc, actor) => {
    const config = activityOf(readWorkshop(doc).parts.find((part) => part.id === partId)!, { format: 'forum3' }) as CardsActivity;
    const added = addCard(doc, partId, { text: 'A real card' }, actor, config, 1);
    if (added.ok) card = added.value;
  });
  const partItem = (partsMap(room.hub).get(room.parts.Framework!) as Y.Map<unknown>)._item!;
  const facilitatorClient = partItem.id.client;
  return { room, amina, card, partItem, facilitatorClient, facilitatorClock: Y.getState(room.hub.store, facilitatorClient) };
}

function outcome(room: Room, update: Uint8Array): string {
  const result = room.send(mallory, update);
  return result.outcome === 'refused' ? result.reason : result.outcome;
}

describe('hand-made updates cannot land where the policy would refuse them', () => {
  it('a struct under the facilitator’s client id, one clock back, with its origin on a card, is refused (the overlap bypass)', () => {
    const { room, amina, card, facilitatorClient, facilitatorClock } = seeded();
    const before = view(room.hub);
    const cardItem = (room.hub.getMap(cardsRoot).get(card) as Y.Map<unknown>)._map.get('text')!;
    const forged = craftUpdate([{ client: facilitatorClient, clock: facilitatorClock - 1, origin: lastId(cardItem), content: { any: [600, 600] } }]);
    expect(forged.length).toBeLessThan(40);
    expect(outcome(room, forged)).toBe('client-id');
    expect(view(room.hub)).toBe(before);
    expect(room.converged(room.facilitator, amina)).toBe(true);
  });

  it('a delete set over the facilitator’s future clocks is refused (the pre-delete bypass)', () => {
    const { room, amina, facilitatorClient, facilitatorClock } = seeded();
    expect(outcome(room, craftUpdate([], [{ client: facilitatorClient, clock: facilitatorClock, len: 100_000 }]))).toBe('out-of-order');
    // The facilitator's next step still reaches everyone.
    room.facilitator.write((doc) => doc.getMap('run').set('currentPartId', room.parts.Vote!));
    expect(amina.doc.getMap('run').get('currentPartId')).toBe(room.parts.Vote);
    expect(room.converged(room.facilitator, amina)).toBe(true);
  });

  it('deleting, or writing inside, the facilitator’s parts by id is refused', () => {
    const { room, partItem } = seeded();
    const before = view(room.hub);
    // Read before any attempt: a refused attempt is undone by rebuilding the hub's copy.
    const minutesItem = ((partItem.content as Y.ContentType).type as Y.Map<unknown>)._map.get('minutes')!;
    expect(outcome(room, craftUpdate([], [{ client: partItem.id.client, clock: partItem.id.clock, len: 1 }]))).toBe('facilitator-root');
    expect(outcome(room, craftUpdate([{ client: 7_000_001, clock: 0, parent: { client: partItem.id.client, clock: partItem.id.clock }, parentSub: 'minutes', content: { any: [600] } }]))).toBe('facilitator-root');
    expect(outcome(room, craftUpdate([{ client: 7_000_002, clock: 0, origin: lastId(minutesItem), content: { any: [600] } }]))).toBe('facilitator-root');
    expect(outcome(room, craftUpdate([{ client: 7_000_003, clock: 0, parent: 'meta', parentSub: 'title', content: { any: ['Hijacked'] } }]))).toBe('facilitator-root');
    expect(view(room.hub)).toBe(before);
  });

  it('gaps, skips, unknown references and parents that are not types are refused before the document is touched', () => {
    const { room, card } = seeded();
    const before = view(room.hub);
    expect(outcome(room, craftUpdate([{ client: 7_000_010, clock: 5, parent: cardsRoot, parentSub: 'x', content: { any: [1] } }]))).toBe('out-of-order');
    expect(outcome(room, craftUpdate([{ client: 7_000_011, clock: 0, content: { skip: 3 } }, { client: 7_000_011, clock: 3, parent: cardsRoot, parentSub: 'x', content: { any: [1] } }]))).toBe('skip');
    expect(outcome(room, craftUpdate([{ client: 7_000_012, clock: 0, origin: { client: 99, clock: 0 }, content: { any: [1] } }]))).toBe('out-of-order');
    const textItem = (room.hub.getMap(cardsRoot).get(card) as Y.Map<unknown>)._map.get('text')!;
    expect(outcome(room, craftUpdate([{ client: 7_000_013, clock: 0, parent: { client: textItem.id.client, clock: textItem.id.clock }, parentSub: 'x', content: { any: [1] } }]))).toBe('bad-parent');
    expect(view(room.hub)).toBe(before);
  });

  it('a struct naming a later clock of its own client as its parent or origin is refused before the document is touched (Yjs would throw half-way)', () => {
    const { room } = seeded();
    const before = view(room.hub);
    const client = 7_000_020;
    const later = { client, clock: 1 };
    const holder = { client, clock: 1, parent: cardsRoot, parentSub: 'forged', content: { type: 'map' as const } };
    for (const first of [{ parent: later, parentSub: 'text' }, { origin: later }, { rightOrigin: later }]) {
      const result = room.send(mallory, craftUpdate([{ client, clock: 0, content: { any: ['x'] }, ...first }, holder]));
      expect(result).toEqual({ outcome: 'refused', reason: 'forward-reference', touched: false });
    }
    expect(view(room.hub)).toBe(before);
  });

  it('delete ranges in a shape no encoder writes, and more structs than allowed, are refused before Yjs decodes them', () => {
    const { room, card } = seeded();
    const before = view(room.hub);
    const textItem = (room.hub.getMap(cardsRoot).get(card) as Y.Map<unknown>)._map.get('text')!;
    const again = { client: textItem.id.client, clock: textItem.id.clock, len: 1 };
    expect(outcome(room, craftUpdate([], [again, again]))).toBe('delete-set');
    const tiny = Array.from({ length: 50_001 }, (_, clock) => ({ client: 7_000_030, clock, ...(clock === 0 ? { parent: cardsRoot } : { origin: { client: 7_000_030, clock: clock - 1 } }), content: { any: [1] } }));
    expect(outcome(room, craftUpdate(tiny))).toBe('too-large');
    expect(view(room.hub)).toBe(before);
  });

  it('an overlapping struct under one’s own client id lands the same on the hub and on every peer', () => {
    const { room, amina, card } = seeded();
    const attacker = room.join('p-mallory');
    const pollId = room.parts.Vote!;
    const config = (doc: Y.Doc) => activityOf(readWorkshop(doc).parts.find((part) => part.id === pollId)!, { format: 'forum3' }) as DotsActivity;
    attacker.write((doc) => dotCard(doc, { pollId, sourcePartId: room.parts.Challenges!, config: config(doc), run: readRun(doc) }, 'p-mallory', card, 2));
    const own = attacker.doc.clientID;
    const clock = Y.getState(room.hub.store, own);
    const cardText = (room.hub.getMap(cardsRoot).get(card) as Y.Map<unknown>)._map.get('text')!;
    // Encoded origin: the card's text. Yjs would cut the struct and hang it on (own, clock - 1):
    // the ballot. Peers that only see the cut version must agree with the hub.
    const forged = craftUpdate([{ client: own, clock: clock - 1, origin: lastId(cardText), content: { any: ['x', 'y'] } }]);
    const result = room.send(mallory, forged);
    expect(['refused', 'applied', 'unchanged']).toContain(result.outcome);
    expect((room.hub.getMap(cardsRoot).get(card) as Y.Map<unknown>).get('text')).toBe('A real card');
    expect(room.converged(room.facilitator, amina)).toBe(true);
  });
});
