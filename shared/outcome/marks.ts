import type * as Y from 'yjs';
import { localEdit } from '../workshop/doc';

/**
 * What the facilitator marked "outcome" during the run: a commitment written on a card, a
 * roadmap item, a question whose answer was an announcement. Marks live in their own root,
 * `outcomeMarks` (a Y.Map), which only the facilitator may write (shared/workshop/roots.ts): the
 * cards, roadmap and questions roots are written by participants too, so a flag stored there
 * could be forged by the card's author. Each entry is keyed `<kind>:<id>` and holds
 * `{ kind, id, at }`; unmarking deletes the entry.
 */
export const outcomeMarksRoot = 'outcomeMarks';
export const markKinds = ['card', 'roadmap', 'question'] as const;
export type MarkKind = (typeof markKinds)[number];
export type OutcomeMark = { kind: MarkKind; id: string; at: number };

export function markKey(kind: MarkKind, id: string): string {
  return `${kind}:${id}`;
}

function marksMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(outcomeMarksRoot);
}

function asMark(value: unknown): OutcomeMark | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, id, at } = value as Record<string, unknown>;
  if (!(markKinds as readonly unknown[]).includes(kind) || typeof id !== 'string' || id === '') return undefined;
  return { kind: kind as MarkKind, id, at: typeof at === 'number' && Number.isFinite(at) ? at : 0 };
}

/** Every readable mark, oldest first; an entry that is not a mark is skipped, never thrown on. */
export function readMarks(doc: Y.Doc): OutcomeMark[] {
  const marks: OutcomeMark[] = [];
  marksMap(doc).forEach((value, key) => {
    const mark = asMark(value);
    if (mark && markKey(mark.kind, mark.id) === key) marks.push(mark);
  });
  return marks.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

export function isMarked(doc: Y.Doc, kind: MarkKind, id: string): boolean {
  return asMark(marksMap(doc).get(markKey(kind, id))) !== undefined;
}

export function setMarked(doc: Y.Doc, kind: MarkKind, id: string, marked: boolean, now: number): void {
  const key = markKey(kind, id);
  doc.transact(() => {
    if (marked) marksMap(doc).set(key, { kind, id, at: now });
    else if (marksMap(doc).has(key)) marksMap(doc).delete(key);
  }, localEdit);
}
