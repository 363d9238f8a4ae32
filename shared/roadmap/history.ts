import * as Y from 'yjs';
import { randomId } from '../ids';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { localEdit } from '../workshop/doc';
import { fragmentToJson, sameRichText, writeFragment } from './richText';
import type { ItemVersion, VersionedField } from './schema';
import { itemSchema, limits, roadmapRoot, versionSchema } from './schema';

/**
 * Each item keeps a short log of versions in its `history` Y.Array: who changed which fields
 * and when, with the item's fields and a snapshot of its description as they stood after the
 * change. Field edits log a version at once; a description is co-edited keystroke by keystroke,
 * so the editor logs it when the writer pauses or leaves the field (recordDescription). Only the
 * last `limits.history` versions are kept.
 */
export function itemMap(doc: Y.Doc, itemId: string): Y.Map<unknown> | undefined {
  const value = doc.getMap<unknown>(roadmapRoot).get(itemId);
  return value instanceof Y.Map ? value : undefined;
}

/** The item's description, created on first use so that every item has one to bind to. */
export function descriptionOf(map: Y.Map<unknown>): Y.XmlFragment {
  const value = map.get('description');
  if (value instanceof Y.XmlFragment) return value;
  const fragment = new Y.XmlFragment();
  map.set('description', fragment);
  return fragment;
}

function historyOf(map: Y.Map<unknown>): Y.Array<unknown> {
  const value = map.get('history');
  if (value instanceof Y.Array) return value;
  const list = new Y.Array<unknown>();
  map.set('history', list);
  return list;
}

type Changed = ItemVersion['changed'];

/** Logs the item's present state as a version. Callers transact. */
export function recordVersion(map: Y.Map<unknown>, changed: Changed, actor: Actor, now: number, restoredFrom?: string): void {
  const fields = itemSchema.safeParse(fieldsOf(map));
  if (!fields.success) return;
  const description = map.get('description');
  const version: ItemVersion = {
    id: randomId(),
    at: now,
    byDevice: actor.deviceId,
    changed,
    title: fields.data.title,
    horizon: fields.data.horizon,
    owner: fields.data.owner,
    status: fields.data.status,
    description: description instanceof Y.XmlFragment ? fragmentToJson(description) : [],
  };
  if (actor.name?.trim()) version.byName = actor.name.trim();
  if (restoredFrom) version.restoredFrom = restoredFrom;
  const list = historyOf(map);
  list.push([version]);
  if (list.length > limits.history) list.delete(0, list.length - limits.history);
}

/** The item's plain fields, without the shared types (description and history). */
export function fieldsOf(map: Y.Map<unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (!(value instanceof Y.AbstractType)) fields[key] = value;
  });
  return fields;
}

/** Versions, oldest first; entries that fail validation are skipped. */
export function readHistory(doc: Y.Doc, itemId: string): ItemVersion[] {
  const map = itemMap(doc, itemId);
  const list = map?.get('history');
  if (!(list instanceof Y.Array)) return [];
  return list.toArray().flatMap((entry) => {
    const parsed = versionSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Logs the description when it differs from the last logged version; returns whether it did. */
export function recordDescription(doc: Y.Doc, itemId: string, actor: Actor, now: number): boolean {
  const map = itemMap(doc, itemId);
  if (!map) return false;
  const last = readHistory(doc, itemId).at(-1);
  const current = fragmentToJson(descriptionOf(map));
  if (last && sameRichText(last.description, current)) return false;
  doc.transact(() => recordVersion(map, ['description'], actor, now), localEdit);
  return true;
}

export type HistoryRefusalCode = 'roadmap.notFound' | 'roadmap.notAllowed' | 'roadmap.versionNotFound';

/** Puts back an item's title, horizon, owner, status and description as a version had them,
 *  and logs that as a new version, so a restore can itself be undone. Facilitator only. */
export function restoreVersion(doc: Y.Doc, itemId: string, versionId: string, actor: Actor, now: number): Outcome<undefined, HistoryRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('roadmap.notAllowed');
  const map = itemMap(doc, itemId);
  if (!map) return refuse('roadmap.notFound', { itemId });
  const version = readHistory(doc, itemId).find((entry) => entry.id === versionId);
  if (!version) return refuse('roadmap.versionNotFound');
  doc.transact(() => {
    const fields: VersionedField[] = ['title', 'horizon', 'owner', 'status'];
    for (const field of fields) if (map.get(field) !== version[field]) map.set(field, version[field]);
    const description = descriptionOf(map);
    if (!sameRichText(fragmentToJson(description), version.description)) writeFragment(description, version.description);
    recordVersion(map, ['restored'], actor, now, versionId);
  }, localEdit);
  return accept(undefined);
}
