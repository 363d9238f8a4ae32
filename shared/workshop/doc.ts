import * as Y from 'yjs';
import { randomId } from '../ids';
import type { AgendaPart, EditableMeta, EditablePart, WorkshopMeta } from './schema';
import { describeIssues, metaSchema, partSchema, schemaVersion } from './schema';

/**
 * Reads and writes the workshop document. Layout of the Y.Doc:
 * - `meta`: a Y.Map of the fields in metaSchema;
 * - `parts`: a Y.Map from part id to a Y.Map of the fields in partSchema. Order comes from each
 *   part's `position`, not from an array, so that two people reordering at once never duplicate
 *   or lose a part (the last move of a part wins).
 */
const metaKey = 'meta';
const partsKey = 'parts';

/** The origin of every edit made by this user, so that undo only ever undoes one's own edits. */
export const localEdit = Object.freeze({ name: 'baraza/local-edit' });

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(metaKey);
}

export function partsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(partsKey);
}

export type WorkshopSnapshot = {
  meta: WorkshopMeta | undefined;
  parts: AgendaPart[];
  /** What failed validation, in words; empty when the document is sound. */
  problems: string[];
  /** True when a newer Baraza wrote this document: show it, change nothing. */
  newerSchema: boolean;
};

export function isEmptyDoc(doc: Y.Doc): boolean {
  return metaMap(doc).size === 0;
}

/** Reads and validates the whole workshop. Never throws: problems are reported, not hidden. */
export function readWorkshop(doc: Y.Doc): WorkshopSnapshot {
  const problems: string[] = [];
  const rawMeta = metaMap(doc).toJSON();
  const metaResult = metaSchema.safeParse(rawMeta);
  if (!metaResult.success) problems.push(...describeIssues(metaResult.error, 'details'));
  const version = typeof rawMeta.schemaVersion === 'number' ? rawMeta.schemaVersion : 0;
  const parts: AgendaPart[] = [];
  partsMap(doc).forEach((value, key) => {
    if (!(value instanceof Y.Map)) {
      problems.push(`agenda.${key}: not a part`);
      return;
    }
    const result = partSchema.safeParse(value.toJSON());
    if (result.success) parts.push(result.data);
    else problems.push(...describeIssues(result.error, `agenda.${key}`));
  });
  parts.sort(comparePartOrder);
  return {
    meta: metaResult.success ? metaResult.data : undefined,
    parts,
    problems,
    newerSchema: version > schemaVersion,
  };
}

function comparePartOrder(a: AgendaPart, b: AgendaPart): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type NewWorkshop = Omit<WorkshopMeta, 'schemaVersion' | 'archived'> & { parts: EditablePart[] };

/** Writes a new workshop into an empty document. */
export function initWorkshop(doc: Y.Doc, workshop: NewWorkshop): void {
  const { parts, ...meta } = workshop;
  doc.transact(() => {
    const map = metaMap(doc);
    for (const [key, value] of Object.entries({ ...meta, schemaVersion, archived: false })) map.set(key, value);
    parts.forEach((part, index) => writePart(doc, { ...part, id: randomId(), position: (index + 1) * positionGap }));
  }, localEdit);
}

export function setMeta(doc: Y.Doc, patch: Partial<EditableMeta>): void {
  doc.transact(() => {
    const map = metaMap(doc);
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  }, localEdit);
}

const positionGap = 1024;

function writePart(doc: Y.Doc, part: AgendaPart): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(part)) map.set(key, value);
  partsMap(doc).set(part.id, map);
}

/** Adds a part at `index` in the current order (at the end by default); returns its id. */
export function addPart(doc: Y.Doc, part: EditablePart, index?: number): string {
  const id = randomId();
  doc.transact(() => {
    const ordered = readWorkshop(doc).parts;
    const at = index === undefined ? ordered.length : Math.max(0, Math.min(index, ordered.length));
    writePart(doc, { ...part, id, position: positionBetween(ordered, at) });
  }, localEdit);
  return id;
}

export function updatePart(doc: Y.Doc, id: string, patch: Partial<EditablePart>): void {
  const map = partsMap(doc).get(id);
  if (!map) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  }, localEdit);
}

export function removePart(doc: Y.Doc, id: string): void {
  doc.transact(() => partsMap(doc).delete(id), localEdit);
}

/** Puts back a removed part exactly as it was (same id and place), for "Undo" after a removal. */
export function restorePart(doc: Y.Doc, part: AgendaPart): void {
  doc.transact(() => {
    if (!partsMap(doc).has(part.id)) writePart(doc, part);
  }, localEdit);
}

/** Moves a part so that it ends up at `toIndex` of the current order. */
export function movePart(doc: Y.Doc, id: string, toIndex: number): void {
  doc.transact(() => {
    const others = readWorkshop(doc).parts.filter((part) => part.id !== id);
    const map = partsMap(doc).get(id);
    if (!map) return;
    const at = Math.max(0, Math.min(toIndex, others.length));
    let position = positionBetween(others, at);
    if (!Number.isFinite(position) || tooClose(others, at, position)) {
      // Floating positions halve on every move to the same spot; renumber before they collide.
      others.forEach((part, index) => partsMap(doc).get(part.id)?.set('position', (index + (index >= at ? 2 : 1)) * positionGap));
      position = (at + 1) * positionGap;
    }
    map.set('position', position);
  }, localEdit);
}

function positionBetween(ordered: readonly AgendaPart[], index: number): number {
  const before = ordered[index - 1]?.position;
  const after = ordered[index]?.position;
  if (before === undefined && after === undefined) return positionGap;
  if (before === undefined) return (after as number) - positionGap;
  if (after === undefined) return before + positionGap;
  return (before + after) / 2;
}

function tooClose(ordered: readonly AgendaPart[], index: number, position: number): boolean {
  const before = ordered[index - 1]?.position;
  const after = ordered[index]?.position;
  return (before !== undefined && position - before < 1e-6) || (after !== undefined && after - position < 1e-6);
}

/** The fields the home screen lists, taken from a validated snapshot. */
export type WorkshopSummary = {
  title: string;
  format: WorkshopMeta['format'];
  date: string;
  startTime: string;
  venue: string;
  partCount: number;
  archived: boolean;
};

export function summarize(snapshot: WorkshopSnapshot): WorkshopSummary | undefined {
  const { meta } = snapshot;
  if (!meta) return undefined;
  return {
    title: meta.title,
    format: meta.format,
    date: meta.date,
    startTime: meta.startTime,
    venue: meta.venue,
    partCount: snapshot.parts.length,
    archived: meta.archived,
  };
}
