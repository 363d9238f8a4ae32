import { z } from 'zod';
import { resolveMergeChain } from '../mergeChain';
import type * as Y from 'yjs';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { CardsActivity } from './activitySchema';
import type { Actor, Outcome, RecordProblem, Refusal } from './outcome';
import { accept, refuse } from './outcome';
import { parseRecord, patchRecord, readRecords, recordMap, writeRecord } from './records';

/**
 * Cards of a brainstorm (root `cards`): a Y.Map from card id to a Y.Map of the fields below.
 * Each card is its own map so that the facilitator editing one field (holding it back, filing
 * it in a cluster) and its author fixing a typo merge instead of overwriting each other.
 * Nothing is ever removed: deleting sets `deletedAt`, merging sets `mergedInto`, and both can be
 * undone.
 */
export const cardsRoot = 'cards';

/** Hard bound for stored text, above any configurable limit, so a hostile peer cannot bloat the
 *  board; the activity's own limit (default 280) is enforced when writing. */
const storedTextMax = 2000;

export const cardSchema = z.looseObject({
  id: z.string().min(1),
  partId: z.string().min(1),
  text: z.string().max(storedTextMax),
  category: z.string().max(64).optional(),
  /** Always kept, so the author's device can edit or withdraw its own card. */
  authorDevice: z.string().min(1),
  /** Kept only in named activities. */
  authorName: z.string().max(120).optional(),
  createdAt: z.number(),
  editedAt: z.number().optional(),
  /** Held back: hidden from other participants until the facilitator reveals it. */
  held: z.boolean(),
  clusterId: z.string().optional(),
  /** The card this one was merged into; its text stays as a trace on the kept card. */
  mergedInto: z.string().optional(),
  deletedAt: z.number().optional(),
});
export type Card = z.infer<typeof cardSchema>;

export type CardRefusalCode = 'cards.empty' | 'cards.tooLong' | 'cards.unknownCategory' | 'cards.notFound' | 'cards.notAllowed' | 'cards.mergeSelf';

/** Length as people count it: characters, not UTF-16 units (an emoji is one). */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/** Checks a card's text against the activity; the renderer shows the refusal next to the field. */
export function checkCardText(text: string, config: Pick<CardsActivity, 'maxLength'>): Refusal<CardRefusalCode> | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return { code: 'cards.empty' };
  const length = textLength(trimmed);
  if (length > config.maxLength) return { code: 'cards.tooLong', limit: config.maxLength, length };
  return undefined;
}

function checkCategory(category: string | undefined, config: Pick<CardsActivity, 'categories'>): Refusal<CardRefusalCode> | undefined {
  if (category === undefined || category === '') return undefined;
  return config.categories.some((item) => item.id === category) ? undefined : { code: 'cards.unknownCategory', category };
}

export type NewCard = { text: string; category?: string | undefined };

/** Adds a card; returns its id. Nothing is written when the text or category is refused. */
export function addCard(doc: Y.Doc, partId: string, card: NewCard, actor: Actor, config: CardsActivity, now: number): Outcome<string, CardRefusalCode> {
  const problem = checkCardText(card.text, config) ?? checkCategory(card.category, config);
  if (problem) return { ok: false, refusal: problem };
  const id = randomId();
  doc.transact(() => {
    writeRecord(doc, cardsRoot, id, {
      id,
      partId,
      text: card.text.trim(),
      category: card.category || undefined,
      authorDevice: actor.deviceId,
      authorName: config.anonymous ? undefined : actor.name?.trim() || undefined,
      createdAt: now,
      held: config.holdNew,
    } satisfies Card);
  }, localEdit);
  return accept(id);
}

function mayChange(card: Card, actor: Actor): boolean {
  return actor.role === 'facilitator' || card.authorDevice === actor.deviceId;
}

function withCard(doc: Y.Doc, cardId: string, actor: Actor | undefined, change: (map: Y.Map<unknown>, card: Card) => void): Outcome<undefined, CardRefusalCode> {
  const map = recordMap(doc, cardsRoot, cardId);
  const parsed = map ? parseRecord(cardSchema, map) : undefined;
  if (!map || !parsed?.ok) return refuse('cards.notFound', { cardId });
  if (actor && !mayChange(parsed.value, actor)) return refuse('cards.notAllowed');
  doc.transact(() => change(map, parsed.value), localEdit);
  return accept(undefined);
}

/** Edits text and/or category: the facilitator on any card, a participant on their own. */
export function editCard(doc: Y.Doc, cardId: string, patch: Partial<NewCard>, actor: Actor, config: CardsActivity, now: number): Outcome<undefined, CardRefusalCode> {
  const problem = (patch.text !== undefined ? checkCardText(patch.text, config) : undefined) ?? checkCategory(patch.category, config);
  if (problem) return { ok: false, refusal: problem };
  return withCard(doc, cardId, actor, (map) => {
    const fields: Record<string, unknown> = { editedAt: now };
    if (patch.text !== undefined) fields.text = patch.text.trim();
    if (patch.category !== undefined) fields.category = patch.category || undefined;
    patchRecord(map, fields);
  });
}

/** Holds a card back (or lets it through). Facilitator only. */
export function setCardHeld(doc: Y.Doc, cardId: string, held: boolean): Outcome<undefined, CardRefusalCode> {
  return withCard(doc, cardId, undefined, (map) => patchRecord(map, { held }));
}

/** Reveals every held card of a part at once; returns how many were revealed. */
export function revealCards(doc: Y.Doc, partId: string): number {
  const held = readCards(doc).cards.filter((card) => card.partId === partId && card.held);
  doc.transact(() => {
    for (const card of held) recordMap(doc, cardsRoot, card.id)?.set('held', false);
  }, localEdit);
  return held.length;
}

/** Soft delete: the author or the facilitator; restoreCard brings it back with its votes. */
export function deleteCard(doc: Y.Doc, cardId: string, actor: Actor, now: number): Outcome<undefined, CardRefusalCode> {
  return withCard(doc, cardId, actor, (map) => patchRecord(map, { deletedAt: now }));
}

export function restoreCard(doc: Y.Doc, cardId: string, actor: Actor): Outcome<undefined, CardRefusalCode> {
  return withCard(doc, cardId, actor, (map) => patchRecord(map, { deletedAt: undefined }));
}

/**
 * Merges duplicates into `keepId`. The merged cards stay in the document pointing at the kept
 * one: they are listed on it as its trace, and their dots count for it (see resolveCard), so
 * nobody else's ballot has to be rewritten. unmergeCard undoes it.
 */
export function mergeCards(doc: Y.Doc, keepId: string, mergeIds: readonly string[]): Outcome<undefined, CardRefusalCode> {
  const { cards } = readCards(doc);
  const byId = new Map(cards.map((card) => [card.id, card]));
  if (!byId.has(keepId)) return refuse('cards.notFound', { cardId: keepId });
  for (const id of mergeIds) {
    if (!byId.has(id)) return refuse('cards.notFound', { cardId: id });
    // Merging a card into one that already points back at it would make a loop.
    if (resolveCard(byId, keepId) === resolveCard(byId, id)) return refuse('cards.mergeSelf', { cardId: id });
  }
  doc.transact(() => {
    for (const id of mergeIds) recordMap(doc, cardsRoot, id)?.set('mergedInto', keepId);
  }, localEdit);
  return accept(undefined);
}

export function unmergeCard(doc: Y.Doc, cardId: string): Outcome<undefined, CardRefusalCode> {
  return withCard(doc, cardId, undefined, (map) => patchRecord(map, { mergedInto: undefined }));
}

/** Files a card in a cluster, or takes it out with `undefined`. */
export function setCardCluster(doc: Y.Doc, cardId: string, clusterId: string | undefined): Outcome<undefined, CardRefusalCode> {
  return withCard(doc, cardId, undefined, (map) => patchRecord(map, { clusterId }));
}

export function readCards(doc: Y.Doc): { cards: Card[]; problems: RecordProblem[] } {
  const { records, problems } = readRecords(doc, cardsRoot, cardSchema);
  records.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return { cards: records, problems };
}

/** The card that finally stands for `id` after merges (see shared/mergeChain.ts). */
export function resolveCard(byId: ReadonlyMap<string, Card>, id: string): string {
  return resolveMergeChain(byId, id);
}
