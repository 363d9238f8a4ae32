/**
 * Reads what a transaction actually did to the room's document: every struct it inserted and
 * every item it deleted, placed by the entry and path where Yjs integrated it. Called between
 * integration and garbage collection (the doc's `beforeObserverCalls`), when deleted items still
 * hold their content and place. The cost is linear in what the transaction changed, with a cap so
 * that one small delete of a huge subtree cannot make the hub walk it for long.
 */
import * as Y from 'yjs';
import type { EntryTouches, RootTouches, Touch, TouchContent } from '../../../shared/access/touches';

/** Deeper than any shape the app writes (rich text included): refused as a nesting attack. */
export const maxTouchDepth = 32;
/** Touches one transaction may have; a participant's real edit is far below this. */
export const maxTouches = 200_000;

export type Effect = {
  roots: Map<string, RootTouches>;
  /** A struct sat deeper than maxTouchDepth, or in a type with no root (the hub refuses both). */
  unplaceable: boolean;
  /** More than maxTouches: collection stopped. */
  overflow: boolean;
};

type Place = { root: string; segments: readonly string[] } | null;

/** What one collection knows as it goes: where each type sits, and what it has found. */
type Collection = {
  rootNames: Map<unknown, string>;
  places: Map<Y.AbstractType<unknown>, Place>;
  effect: Effect;
  count: number;
};

export function collectEffect(transaction: Y.Transaction): Effect {
  const doc = transaction.doc;
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const collection: Collection = { rootNames, places: new Map(), effect: { roots: new Map(), unplaceable: false, overflow: false }, count: 0 };

  const store = doc.store;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = store.clients.get(client);
    if (!structs) continue;
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (struct instanceof Y.Item) add(collection, struct, 'insert', true);
    }
  }
  for (const [client, ranges] of transaction.deleteSet.clients) {
    const structs = store.clients.get(client);
    if (!structs || structs.length === 0) continue;
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1]!;
    const known = last.id.clock + last.length;
    for (const range of ranges) {
      if (range.clock >= known) continue;
      const end = range.clock + range.len;
      for (let index = Y.findIndexSS(structs, range.clock); index < structs.length; index++) {
        const struct = structs[index]!;
        if (struct.id.clock >= end) break;
        if (struct instanceof Y.Item) add(collection, struct, 'delete', struct.id.clock >= before);
      }
    }
  }
  return collection.effect;
}

/** Where a type sits: its root's name and the map keys (or '*') from the root down to it. */
function placeOf(collection: Collection, type: Y.AbstractType<unknown>): Place {
  const { places, rootNames } = collection;
  const known = places.get(type);
  if (known !== undefined) return known;
  const chain: Y.AbstractType<unknown>[] = [];
  const segmentsUp: string[] = [];
  let current: Y.AbstractType<unknown> = type;
  let base: Place = null;
  for (let depth = 0; ; depth++) {
    const cached = places.get(current);
    if (cached !== undefined) {
      base = cached;
      break;
    }
    const item = current._item;
    if (item === null) {
      const root = rootNames.get(current);
      base = root === undefined ? null : { root, segments: [] };
      places.set(current, base);
      break;
    }
    if (depth > maxTouchDepth || !(item.parent instanceof Y.AbstractType)) {
      base = null;
      break;
    }
    chain.push(current);
    segmentsUp.push(item.parentSub ?? '*');
    current = item.parent;
  }
  // Fill the cache for every type on the way down, so siblings cost nothing.
  let place = base;
  for (let index = chain.length - 1; index >= 0; index--) {
    place = place === null || place.segments.length >= maxTouchDepth ? null : { root: place.root, segments: [...place.segments, segmentsUp[index]!] };
    places.set(chain[index]!, place);
  }
  return place;
}

function add(collection: Collection, item: Y.Item, kind: Touch['kind'], fresh: boolean): void {
  const { effect } = collection;
  if (effect.overflow) return;
  if (++collection.count > maxTouches) {
    effect.overflow = true;
    return;
  }
  const parent = item.parent;
  if (!(parent instanceof Y.AbstractType)) return; // integrated as garbage: no effect
  const place = placeOf(collection, parent);
  if (place === null) {
    effect.unplaceable = true;
    return;
  }
  // The entry's key is the first segment below the root; the touch's path is the rest.
  const below = item.parentSub ?? '*';
  const key = place.segments.length > 0 ? place.segments[0]! : below;
  const path = place.segments.length > 0 ? [...place.segments.slice(1), below] : [];
  let rootTouches = effect.roots.get(place.root);
  if (!rootTouches) effect.roots.set(place.root, (rootTouches = { root: place.root, entries: new Map(), keyless: [] }));
  const content = contentOf(item.content);
  const touch: Touch = { path, kind, fresh, content };
  if (kind === 'insert' && (item.content instanceof Y.ContentAny || item.content instanceof Y.ContentJSON)) touch.values = item.content.arr;
  if (kind === 'delete' && !fresh && place.segments.length === 0) touch.previous = previousValue(item.content);
  if (key === '*') {
    rootTouches.keyless.push(touch);
    return;
  }
  let entry: EntryTouches | undefined = rootTouches.entries.get(key);
  if (!entry) rootTouches.entries.set(key, (entry = { root: place.root, key, touches: [] }));
  entry.touches.push(touch);
}

type Class = abstract new (...args: never[]) => unknown;

/** Shared types by class, subclasses before their parents (XmlElement extends XmlFragment,
 *  XmlText extends Text, XmlHook extends Map). */
const typeKinds: [Class, TouchContent][] = [
  [Y.XmlElement, 'xmlElement'],
  [Y.XmlFragment, 'xmlFragment'],
  [Y.XmlText, 'xmlText'],
  [Y.XmlHook, 'xmlHook'],
  [Y.Text, 'text'],
  [Y.Map, 'map'],
  [Y.Array, 'array'],
];

const contentKinds: [Class, TouchContent][] = [
  [Y.ContentAny, 'json'],
  [Y.ContentJSON, 'json'],
  [Y.ContentString, 'string'],
  [Y.ContentFormat, 'format'],
  [Y.ContentEmbed, 'embed'],
  [Y.ContentDeleted, 'deleted'],
  [Y.ContentBinary, 'binary'],
];

function contentOf(content: Y.Item['content']): TouchContent {
  const [subject, kinds] = content instanceof Y.ContentType ? [content.type, typeKinds] : [content, contentKinds];
  // Anything else (a subdocument, a type of another library) is what no rule allows.
  return kinds.find(([kind]) => subject instanceof kind)?.[1] ?? 'subdocument';
}

/**
 * What a deleted entry held, for the rule that lets the facilitator remove an unreadable entry:
 * a JSON value as it was, or a record map's fields read from its items directly (the map's own
 * getters skip deleted items, and every field of a deleted record is deleted with it).
 */
function previousValue(content: Y.Item["content"]): unknown {
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.arr[content.arr.length - 1];
  if (!(content instanceof Y.ContentType) || !(content.type instanceof Y.Map)) return undefined;
  const fields: Record<string, unknown> = {};
  for (const [key, item] of content.type._map) {
    const values = item.content.getContent();
    fields[key] = values[values.length - 1];
  }
  return fields;
}
