import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyJudged } from '../../../electron/hub/sync/judgedApply';
import { brainstormAndVote, writeCard } from '../../bench/hub/workshop';

const rules = { mayAuthor: () => true, maxStructs: 5_000 };

/** A copy of a document with a client id of our choosing. */
function copyOf(doc: Y.Doc, clientID?: number): Y.Doc {
  const copy = new Y.Doc();
  if (clientID !== undefined) copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function cardTexts(doc: Y.Doc): string[] {
  return [...doc.getMap<Y.Map<unknown>>('cards').values()].map((card) => String(card.get('text'))).sort();
}

/** The update a change makes, as the document's own client sends it. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (bytes: Uint8Array): void => {
    update = bytes;
  };
  doc.on('update', capture);
  change();
  doc.off('update', capture);
  if (!update) throw new Error('the change wrote nothing');
  return update;
}

describe('what the hub logs and relays for an accepted update', () => {
  it('is the update as received when every struct in it is new, and a peer that applies it matches the hub', () => {
    const workshop = brainstormAndVote();
    const hub = copyOf(workshop.doc);
    const peer = copyOf(workshop.doc);
    const amina = copyOf(workshop.doc);
    const update = updateOf(amina, () => writeCard(amina, workshop, 'p-amina', 'Open data for the county', 1));

    const result = applyJudged(hub, update, { role: 'participant', id: 'p-amina' }, rules);

    expect(result.outcome).toBe('applied');
    if (result.outcome !== 'applied') return;
    expect(result.changes).toEqual([update]);
    for (const change of result.changes) Y.applyUpdate(peer, change);
    expect(cardTexts(peer)).toEqual(['Open data for the county']);
    expect(Y.encodeStateVector(peer)).toEqual(Y.encodeStateVector(hub));
  });

  it('never carries other content under ids the hub already has: a peer that lacks them does not get the forgery', () => {
    const workshop = brainstormAndVote();
    const hub = copyOf(workshop.doc);
    const behind = copyOf(workshop.doc);
    const amina = copyOf(workshop.doc);
    const aminasCard = updateOf(amina, () => writeCard(amina, workshop, 'p-amina', 'Open data for the county', 1));
    expect(applyJudged(hub, aminasCard, { role: 'participant', id: 'p-amina' }, rules).outcome).toBe('applied');

    // Under Amina's client id and clocks, other words; sent together with a card of the sender's own.
    const impostor = copyOf(workshop.doc, amina.clientID);
    const forged = updateOf(impostor, () => writeCard(impostor, workshop, 'p-amina', 'Amina withdraws her proposal', 1));
    const baraka = copyOf(workshop.doc);
    const own = updateOf(baraka, () => writeCard(baraka, workshop, 'p-baraka', 'Train clerks in spreadsheets', 2));

    const result = applyJudged(hub, Y.mergeUpdates([forged, own]), { role: 'participant', id: 'p-baraka' }, rules);

    expect(result.outcome).toBe('applied');
    if (result.outcome !== 'applied') return;
    for (const change of result.changes) {
      expect(Y.decodeUpdate(change).structs.map((struct) => struct.id.client)).not.toContain(amina.clientID);
      Y.applyUpdate(behind, change);
    }
    expect(cardTexts(behind)).toEqual(['Train clerks in spreadsheets']);
    expect(cardTexts(hub)).toEqual(['Open data for the county', 'Train clerks in spreadsheets']);
  });
});
