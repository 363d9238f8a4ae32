import * as Y from 'yjs';
import { resolveMergeChain } from '../mergeChain';
import { randomId } from '../ids';
import type { Actor, Outcome, RecordProblem } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseRecord } from '../activities/records';
import { localEdit } from '../workshop/doc';
import type { Horizon } from './horizons';
import { descriptionOf, fieldsOf, itemMap, recordVersion } from './history';
import { writeFragment } from './richText';
import type { ItemStatus, RichNode, RoadmapItem, VersionedField } from './schema';
import { itemSchema, limits, roadmapRoot } from './schema';

/**
 * Roadmap items: the facilitator adds, edits, moves, accepts and merges; a participant proposes
 * (status `proposal`) and may edit their own proposal until it is accepted. Nothing is removed:
 * deleting sets `deletedAt`, merging sets `mergedInto`, and both can be undone. Every change to
 * a versioned field logs a version (./history.ts).
 */
export type ItemRefusalCode = 'roadmap.emptyTitle' | 'roadmap.titleTooLong' | 'roadmap.ownerTooLong' | 'roadmap.notFound' | 'roadmap.notAllowed' | 'roadmap.mergeSelf' | 'roadmap.notProposal';

export type ItemFields = { title: string; horizon: Horizon; owner?: string; status?: ItemStatus; challengeIds?: string[]; description?: RichNode[] };

function checkFields(fields: Partial<ItemFields>): Outcome<undefined, ItemRefusalCode> {
  if (fields.title !== undefined) {
    const title = fields.title.trim();
    if (title === '') return refuse('roadmap.emptyTitle');
    if (Array.from(title).length > limits.title) return refuse('roadmap.titleTooLong', { limit: limits.title });
  }
  if (fields.owner !== undefined && Array.from(fields.owner.trim()).length > limits.owner) return refuse('roadmap.ownerTooLong', { limit: limits.owner });
  return accept(undefined);
}

/** Writes a new item into the part. Callers transact. Returns the id. */
function writeItem(doc: Y.Doc, partId: string, fields: ItemFields, actor: Actor, now: number, position: number): string {
  const id = randomId();
  const map = new Y.Map<unknown>();
  doc.getMap<unknown>(roadmapRoot).set(id, map);
  const item: RoadmapItem = {
    id,
    partId,
    title: fields.title.trim(),
    horizon: fields.horizon,
    owner: fields.owner?.trim() ?? '',
    challengeIds: fields.challengeIds?.slice(0, limits.links) ?? [],
    status: fields.status ?? 'proposed',
    position,
    createdAt: now,
    authorDevice: actor.deviceId,
  };
  if (actor.name?.trim()) item.authorName = actor.name.trim();
  for (const [key, value] of Object.entries(item)) map.set(key, value);
  writeFragment(descriptionOf(map), fields.description ?? []);
  recordVersion(map, ['created'], actor, now);
  return id;
}

/** Adds items in one transaction (template, import, the facilitator's "add"). Nothing is written
 *  if any of them is refused. */
export function addItems(doc: Y.Doc, partId: string, items: readonly ItemFields[], actor: Actor, now: number): Outcome<string[], ItemRefusalCode> {
  for (const fields of items) {
    const checked = checkFields(fields);
    if (!checked.ok) return checked;
  }
  const ids: string[] = [];
  doc.transact(() => {
    let position = nextPosition(doc, partId);
    for (const fields of items) {
      ids.push(writeItem(doc, partId, fields, actor, now, position));
      position += 1;
    }
  }, localEdit);
  return accept(ids);
}

export function addItem(doc: Y.Doc, partId: string, fields: ItemFields, actor: Actor, now: number): Outcome<string, ItemRefusalCode> {
  const added = addItems(doc, partId, [{ ...fields, status: actor.role === 'facilitator' ? (fields.status ?? 'proposed') : 'proposal' }], actor, now);
  return added.ok ? accept(added.value[0] as string) : added;
}

/** A participant's suggestion of a missing item: it waits for the facilitator. */
export function proposeItem(doc: Y.Doc, partId: string, fields: Omit<ItemFields, 'status'>, actor: Actor, now: number): Outcome<string, ItemRefusalCode> {
  return addItem(doc, partId, { ...fields, status: 'proposal' }, { ...actor, role: 'participant' }, now);
}

function nextPosition(doc: Y.Doc, partId: string): number {
  let max = 0;
  for (const item of readItems(doc).items) if (item.partId === partId) max = Math.max(max, item.position);
  return Math.floor(max) + 1;
}

function withItem(doc: Y.Doc, itemId: string, actor: Actor, change: (map: Y.Map<unknown>, item: RoadmapItem) => void): Outcome<undefined, ItemRefusalCode> {
  const map = itemMap(doc, itemId);
  const parsed = map ? itemSchema.safeParse(fieldsOf(map)) : undefined;
  if (!map || !parsed?.success) return refuse('roadmap.notFound', { itemId });
  const own = parsed.data.authorDevice === actor.deviceId && parsed.data.status === 'proposal';
  if (actor.role !== 'facilitator' && !own) return refuse('roadmap.notAllowed');
  doc.transact(() => change(map, parsed.data), localEdit);
  return accept(undefined);
}

export type ItemPatch = Partial<Pick<RoadmapItem, 'title' | 'horizon' | 'owner' | 'status' | 'challengeIds' | 'position'>>;

/** Changes fields; a change to a versioned field is logged with who made it and when. */
export function updateItem(doc: Y.Doc, itemId: string, patch: ItemPatch, actor: Actor, now: number): Outcome<undefined, ItemRefusalCode> {
  const checked = checkFields(patch);
  if (!checked.ok) return checked;
  if (actor.role !== 'facilitator' && patch.status !== undefined && patch.status !== 'proposal') return refuse('roadmap.notAllowed');
  return withItem(doc, itemId, actor, (map) => {
    const changed: VersionedField[] = [];
    for (const [key, raw] of Object.entries(patch)) {
      if (raw === undefined) continue;
      const value = typeof raw === 'string' ? raw.trim() : raw;
      if (JSON.stringify(map.get(key)) === JSON.stringify(value)) continue;
      map.set(key, value);
      if (key === 'title' || key === 'horizon' || key === 'owner' || key === 'status') changed.push(key);
    }
    if (changed.length > 0) recordVersion(map, changed, actor, now);
  });
}

/** Moves an item to a horizon, before the item `beforeId` there (at the end when absent). */
export function moveItem(doc: Y.Doc, itemId: string, horizon: Horizon, actor: Actor, now: number, beforeId?: string): Outcome<undefined, ItemRefusalCode> {
  const items = readItems(doc).items;
  const item = items.find((entry) => entry.id === itemId);
  if (!item) return refuse('roadmap.notFound', { itemId });
  const column = items.filter((entry) => entry.partId === item.partId && entry.horizon === horizon && entry.id !== itemId).sort(byPosition);
  const at = beforeId ? column.findIndex((entry) => entry.id === beforeId) : -1;
  const after = at < 0 ? column.at(-1) : column[at - 1];
  const before = at < 0 ? undefined : column[at];
  const position = before ? ((after?.position ?? before.position - 1) + before.position) / 2 : (after?.position ?? 0) + 1;
  return updateItem(doc, itemId, { horizon, position }, actor, now);
}

/** Accepts a proposal into the roadmap. Facilitator only. */
export function acceptProposal(doc: Y.Doc, itemId: string, actor: Actor, now: number): Outcome<undefined, ItemRefusalCode> {
  const item = readItems(doc).items.find((entry) => entry.id === itemId);
  if (item && item.status !== 'proposal') return refuse('roadmap.notProposal');
  if (actor.role !== 'facilitator') return refuse('roadmap.notAllowed');
  return updateItem(doc, itemId, { status: 'proposed' }, actor, now);
}

/**
 * Folds an item into another. The merged item stays in the document pointing at the kept one:
 * its votes and comments count for the kept item (resolveItem), and unmerging gives them back.
 */
export function mergeItem(doc: Y.Doc, itemId: string, intoId: string, actor: Actor): Outcome<undefined, ItemRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('roadmap.notAllowed');
  const byId = new Map(readItems(doc).items.map((item) => [item.id, item]));
  if (!byId.has(intoId)) return refuse('roadmap.notFound', { itemId: intoId });
  if (resolveItem(byId, intoId) === resolveItem(byId, itemId)) return refuse('roadmap.mergeSelf');
  return withItem(doc, itemId, actor, (map) => map.set('mergedInto', intoId));
}

export function unmergeItem(doc: Y.Doc, itemId: string, actor: Actor): Outcome<undefined, ItemRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('roadmap.notAllowed');
  return withItem(doc, itemId, actor, (map) => map.delete('mergedInto'));
}

export function deleteItem(doc: Y.Doc, itemId: string, actor: Actor, now: number): Outcome<undefined, ItemRefusalCode> {
  return withItem(doc, itemId, actor, (map) => map.set('deletedAt', now));
}

export function restoreItem(doc: Y.Doc, itemId: string, actor: Actor): Outcome<undefined, ItemRefusalCode> {
  return withItem(doc, itemId, actor, (map) => map.delete('deletedAt'));
}

/** Every valid item (all parts, deleted and merged included); bad records are reported. */
export function readItems(doc: Y.Doc): { items: RoadmapItem[]; problems: RecordProblem[] } {
  const items: RoadmapItem[] = [];
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(roadmapRoot).forEach((value, key) => {
    const parsed = value instanceof Y.Map ? parseRecord(itemSchema, fieldsOf(value)) : undefined;
    if (parsed?.ok) items.push(parsed.value);
    else problems.push({ root: roadmapRoot, key, issues: parsed ? parsed.issues : ['not a map'] });
  });
  return { items, problems };
}

export function byPosition(a: RoadmapItem, b: RoadmapItem): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Items of a part that are on the roadmap now: not deleted, not merged into another. */
export function liveItems(items: readonly RoadmapItem[], partId: string): RoadmapItem[] {
  return items.filter((item) => item.partId === partId && item.deletedAt === undefined && item.mergedInto === undefined).sort(byPosition);
}

/** The item that finally stands for `id` after merges (see shared/mergeChain.ts). */
export function resolveItem(byId: ReadonlyMap<string, RoadmapItem>, id: string): string {
  return resolveMergeChain(byId, id);
}
