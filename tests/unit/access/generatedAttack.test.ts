import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityOf } from '../../../shared/activities/config';
import type { CardsActivity, DotsActivity } from '../../../shared/activities/activitySchema';
import { addCard, cardsRoot } from '../../../shared/activities/cards';
import { dotCard } from '../../../shared/activities/cardVote';
import { participantsRoot } from '../../../shared/attendance/schema';
import { registerSelf } from '../../../shared/attendance/register';
import { votesRoot } from '../../../shared/activities/votes';
import { readRun } from '../../../shared/run/state';
import { metaMap, partsMap, readWorkshop, setMeta } from '../../../shared/workshop/doc';
import { facilitatorRoots, participantRoots } from '../../../shared/workshop/roots';
import { craftUpdate, type CraftedDeletion, type CraftedId, type CraftedItem } from '../../fixtures/craftUpdate';
import { seededRandom } from '../../fixtures/seededRandom';
import { trustedRoom, type Room } from '../../fixtures/trustedRoom';

const mallory = { id: 'p-mallory', role: 'participant' as const };

/** What nobody but its owner (or the facilitator) may change: compared before and after. */
function protectedView(room: Room): string {
  const hub = room.hub;
  const own = (root: string, keep: (key: string) => boolean) => Object.entries(hub.getMap(root).toJSON()).filter(([key]) => keep(key));
  return stableJson([
    metaMap(hub).toJSON(),
    partsMap(hub).toJSON(),
    ...facilitatorRoots.map((root) => hub.getMap(root).toJSON()),
    own(cardsRoot, () => true).filter(([, card]) => (card as { authorDevice?: string }).authorDevice !== 'p-mallory'),
    own(votesRoot, (key) => !key.endsWith('/p-mallory')),
    own(participantsRoot, (key) => key !== 'p-mallory'),
  ]);
}

/** JSON with object keys sorted: a rebuilt copy may list a map's keys in another order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
}

function structIds(doc: Y.Doc): { ids: CraftedId[]; clients: number[] } {
  const ids: CraftedId[] = [];
  for (const [client, structs] of doc.store.clients) {
    for (const struct of structs) ids.push({ client, clock: struct.id.clock + struct.length - 1 }, { client, clock: struct.id.clock });
  }
  return { ids, clients: [...doc.store.clients.keys()] };
}

describe('thousands of random forged updates', () => {
  it('never change the facilitator’s parts or anyone else’s entries, and the hub and honest laptops always agree', () => {
    const room = trustedRoom();
    // Several planning sessions: the facilitator's data under several client ids.
    for (let session = 0; session < 3; session++) {
      const planning = new Y.Doc();
      Y.applyUpdate(planning, Y.encodeStateAsUpdate(room.hub));
      const updates: Uint8Array[] = [];
      planning.on('update', (update: Uint8Array) => updates.push(update));
      setMeta(planning, { venue: `Hall ${session}` });
      room.send({ id: 'facilitator', role: 'facilitator' }, Y.mergeUpdates(updates));
    }
    const amina = room.join('p-amina');
    const attacker = room.join('p-mallory');
    const cardsPart = room.parts.Challenges!;
    const pollId = room.parts.Vote!;
    const config = <T>(doc: Y.Doc, id: string) => activityOf(readWorkshop(doc).parts.find((part) => part.id === id)!, { format: 'forum3' }) as T;
    let card = '';
    amina.write((doc, actor) => {
      const added = addCard(doc, cardsPart, { text: 'A real card' }, actor, config<CardsActivity>(doc, cardsPart), 1);
      if (added.ok) card = added.value;
    });
    amina.write((doc) => dotCard(doc, { pollId, sourcePartId: cardsPart, config: config<DotsActivity>(doc, pollId), run: readRun(doc) }, 'p-amina', card, 2));
    amina.write((doc) => registerSelf(doc, 'p-amina', { name: 'Amina' }, 3));
    attacker.write((doc) => registerSelf(doc, 'p-mallory', { name: 'Mallory' }, 4));

    let before = protectedView(room);
    const roots = [...facilitatorRoots, ...participantRoots, 'junk'];
    const subs = ['text', 'title', 'minutes', 'held', 'authorDevice', `${pollId}/p-amina`, `${pollId}/p-mallory`, 'p-amina', 'p-mallory', card, 'currentPartId', 'x'];
    const values: unknown[] = [600, 'x', null, true, { dots: [card], updatedAt: 1 }, { text: 'y' }, [[[[1]]]]];
    const next = seededRandom(20261201);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    // Updates that got past the cheap checks, were integrated and then refused for what they did:
    // the attack must reach that stage often, or it would test only the prechecks.
    let judgedByEffect = 0;
    for (let attempt = 0; attempt < 3000; attempt++) {
      const { ids, clients } = structIds(room.hub);
      const own = attacker.doc.clientID;
      const client = pick([...clients, own, own, 8_000_000 + attempt]);
      const state = Y.getState(room.hub.store, client);
      const items: CraftedItem[] = [];
      let clock = Math.max(0, state + Math.floor(next() * 5) - 2);
      for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
        const shape = next();
        const item: CraftedItem = {
          client,
          clock,
          content: pick([{ any: [pick(values)] }, { string: 'ab' }, { type: 'map' as const }, { type: 'text' as const }, { deleted: 1 }, { any: [pick(values), pick(values)] }]),
        };
        if (shape < 0.35) item.origin = pick(ids);
        else if (shape < 0.5) item.rightOrigin = pick(ids);
        else if (shape < 0.6) {
          item.origin = pick(ids);
          item.rightOrigin = pick(ids);
        } else {
          item.parent = next() < 0.5 ? pick(roots) : pick(ids);
          if (next() < 0.8) item.parentSub = pick(subs);
        }
        items.push(item);
        clock += 'any' in item.content ? item.content.any.length : 'string' in item.content ? 2 : 1;
      }
      const deletions: CraftedDeletion[] = [];
      for (let count = Math.floor(next() * 3); count > 0; count--) {
        const target = pick(ids);
        deletions.push({ client: target.client, clock: Math.max(0, target.clock - Math.floor(next() * 3)), len: 1 + Math.floor(next() * (next() < 0.1 ? 100_000 : 4)) });
      }
      const result = room.send(mallory, craftUpdate(next() < 0.1 ? [] : items, deletions));
      if (result.outcome === 'refused' && result.touched) judgedByEffect++;
      if (protectedView(room) !== before) throw new Error(`attempt ${attempt} changed a protected entry: ${JSON.stringify({ items, deletions, result: result.outcome })}`);
      if (!room.converged(room.facilitator, amina)) throw new Error(`attempt ${attempt} left the hub and an honest laptop apart: ${JSON.stringify({ items, deletions })}`);
      if (attempt % 500 === 0) {
        // An honest edit still goes through between attacks.
        expect(amina.write((doc) => registerSelf(doc, 'p-amina', { name: `Amina ${attempt}` }, 10 + attempt)).outcome).toBe('applied');
        before = protectedView(room);
      }
    }
    expect(judgedByEffect).toBeGreaterThan(200);
  }, 120_000);
});
