import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultActivity } from '../../../shared/activities/config';
import type { CardsActivity } from '../../../shared/activities/config';
import { readBoard } from '../../../shared/activities/board';
import { addCard, deleteCard, editCard, mergeCards, readCards, restoreCard, revealCards, setCardCluster, setCardHeld, unmergeCard } from '../../../shared/activities/cards';
import { createCluster, deleteCluster, moveCluster, readClusters, renameCluster, restoreCluster } from '../../../shared/activities/clusters';
import type { Actor } from '../../../shared/activities/outcome';

const config = defaultActivity('brainstorm', { format: 'forum3' }) as CardsActivity;
const amina: Actor = { deviceId: 'dev-amina', name: 'Amina', role: 'participant' };
const kofi: Actor = { deviceId: 'dev-kofi', name: 'Kofi', role: 'participant' };
const host: Actor = { deviceId: 'dev-host', name: 'Host', role: 'facilitator' };
const part = 'part-challenges';

// Cards list oldest first; each card gets its own moment so the order is the order added.
let clock = 1000;
function add(doc: Y.Doc, text: string, actor: Actor = amina, settings: CardsActivity = config) {
  const result = addCard(doc, part, { text }, actor, settings, clock++);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value;
}

describe('adding cards', () => {
  it('refuses an empty card and one over the limit, saying by how much', () => {
    const doc = new Y.Doc();
    expect(addCard(doc, part, { text: '   ' }, amina, config, 0)).toEqual({ ok: false, refusal: { code: 'cards.empty' } });
    const long = 'x'.repeat(301);
    expect(addCard(doc, part, { text: long }, amina, config, 0)).toEqual({ ok: false, refusal: { code: 'cards.tooLong', limit: 280, length: 301 } });
    expect(readCards(doc).cards).toHaveLength(0);
  });

  it('counts characters, not code units, so an emoji does not eat two places', () => {
    const doc = new Y.Doc();
    expect(addCard(doc, part, { text: '🌍'.repeat(280) }, amina, config, 0).ok).toBe(true);
  });

  it('the challenges part offers the three barriers as categories and refuses others', () => {
    const doc = new Y.Doc();
    expect(config.categories.map((c) => c.key)).toEqual(['competencies.barriers.culturalOrganisational', 'competencies.barriers.dataInfrastructure', 'competencies.barriers.humanResourceCapacity']);
    expect(addCard(doc, part, { text: 'No budget for servers', category: 'dataInfrastructure' }, amina, config, 0).ok).toBe(true);
    expect(addCard(doc, part, { text: 'Something', category: 'weather' }, amina, config, 0)).toMatchObject({ ok: false, refusal: { code: 'cards.unknownCategory' } });
  });

  it('keeps the author name only when the activity is named, but always knows the device', () => {
    const doc = new Y.Doc();
    const anonymousId = add(doc, 'Anonymous idea');
    const namedId = add(doc, 'Named idea', amina, { ...config, anonymous: false });
    const byId = new Map(readCards(doc).cards.map((card) => [card.id, card]));
    expect(byId.get(anonymousId)).toMatchObject({ authorDevice: 'dev-amina' });
    expect(byId.get(anonymousId)?.authorName).toBeUndefined();
    expect(byId.get(namedId)?.authorName).toBe('Amina');
  });

  it('lets an author edit their own card but not someone else’s; the facilitator edits any', () => {
    const doc = new Y.Doc();
    const id = add(doc, 'Typo here');
    expect(editCard(doc, id, { text: 'Someone else' }, kofi, config, 2000)).toMatchObject({ ok: false, refusal: { code: 'cards.notAllowed' } });
    expect(editCard(doc, id, { text: 'Fixed' }, amina, config, 2000).ok).toBe(true);
    expect(editCard(doc, id, { text: '' }, host, config, 2000)).toMatchObject({ ok: false, refusal: { code: 'cards.empty' } });
    expect(readCards(doc).cards[0]).toMatchObject({ text: 'Fixed', editedAt: 2000 });
  });
});

describe('holding cards back', () => {
  it('held cards stay invisible to other participants until the reveal', () => {
    const doc = new Y.Doc();
    const moderated = { ...config, holdNew: true };
    add(doc, 'First', amina, moderated);
    add(doc, 'Second', kofi, moderated);
    expect(readBoard(doc, part, kofi).cards.map((c) => c.text)).toEqual(['Second']);
    expect(readBoard(doc, part, host).cards).toHaveLength(2);
    expect(readBoard(doc, part, host).heldCount).toBe(2);
    expect(revealCards(doc, part)).toBe(2);
    expect(readBoard(doc, part, kofi).cards.map((c) => c.text)).toEqual(['First', 'Second']);
  });

  it('the facilitator can hold back a single card after it appeared', () => {
    const doc = new Y.Doc();
    const id = add(doc, 'Off topic');
    setCardHeld(doc, id, true);
    expect(readBoard(doc, part, kofi).cards).toHaveLength(0);
  });
});

describe('merging, deleting and clustering', () => {
  it('a merged card disappears from the board but stays as a trace on the kept card, and can be unmerged', () => {
    const doc = new Y.Doc();
    const keep = add(doc, 'Lack of data skills');
    const dup = add(doc, 'Staff lack data skills', kofi);
    expect(mergeCards(doc, keep, [dup]).ok).toBe(true);
    const board = readBoard(doc, part, host);
    expect(board.cards.map((c) => c.id)).toEqual([keep]);
    expect(board.cards[0]?.merged.map((c) => c.text)).toEqual(['Staff lack data skills']);
    unmergeCard(doc, dup);
    expect(readBoard(doc, part, host).cards).toHaveLength(2);
  });

  it('refuses to merge a card into itself, and settles crosswise merges made offline the same way everywhere', () => {
    const doc = new Y.Doc();
    const a = add(doc, 'A');
    const b = add(doc, 'B');
    expect(mergeCards(doc, a, [a])).toMatchObject({ ok: false, refusal: { code: 'cards.mergeSelf' } });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    mergeCards(doc, a, [b]);
    mergeCards(other, b, [a]);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const here = readBoard(doc, part, host).cards.map((c) => c.id);
    expect(here).toHaveLength(1);
    expect(readBoard(other, part, host).cards.map((c) => c.id)).toEqual(here);
  });

  it('deleting is soft: the card goes to the facilitator’s bin and comes back on restore', () => {
    const doc = new Y.Doc();
    const id = add(doc, 'Oops');
    expect(deleteCard(doc, id, kofi, 5)).toMatchObject({ ok: false, refusal: { code: 'cards.notAllowed' } });
    deleteCard(doc, id, amina, 5);
    expect(readBoard(doc, part, amina).cards).toHaveLength(0);
    expect(readBoard(doc, part, host).deleted.map((c) => c.id)).toEqual([id]);
    expect(readBoard(doc, part, amina).deleted).toEqual([]);
    restoreCard(doc, id, host);
    expect(readBoard(doc, part, amina).cards).toHaveLength(1);
  });

  it('groups cards into named clusters; a deleted cluster returns its cards to the ungrouped pile', () => {
    const doc = new Y.Doc();
    const one = add(doc, 'One');
    const two = add(doc, 'Two');
    expect(createCluster(doc, part, '  ', 0)).toMatchObject({ ok: false, refusal: { code: 'clusters.emptyName' } });
    const people = createCluster(doc, part, 'People', 0);
    const data = createCluster(doc, part, 'Data', 0);
    if (!people.ok || !data.ok) throw new Error('cluster refused');
    setCardCluster(doc, one, people.value);
    renameCluster(doc, people.value, 'People and skills');
    moveCluster(doc, data.value, 0);
    let board = readBoard(doc, part, host);
    expect(board.clusters.map((c) => [c.cluster.name, c.cards.map((card) => card.id)])).toEqual([
      ['Data', []],
      ['People and skills', [one]],
    ]);
    expect(board.ungrouped.map((c) => c.id)).toEqual([two]);
    deleteCluster(doc, people.value, 9);
    board = readBoard(doc, part, host);
    expect(board.ungrouped.map((c) => c.id)).toEqual([one, two]);
    restoreCluster(doc, people.value);
    expect(readClusters(doc, part).clusters).toHaveLength(2);
    expect(readBoard(doc, part, host).ungrouped.map((c) => c.id)).toEqual([two]);
  });

  it('a malformed card written by a bad peer is skipped and reported, not fatal', () => {
    const doc = new Y.Doc();
    add(doc, 'Good');
    doc.getMap('cards').set('junk', { text: 42 });
    const { cards, problems } = readCards(doc);
    expect(cards).toHaveLength(1);
    expect(problems.map((p) => p.key)).toEqual(['junk']);
  });
});
