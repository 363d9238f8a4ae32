import * as Y from 'yjs';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { recordMap } from '../activities/records';
import { localEdit } from '../workshop/doc';
import type { CanvasField, Deliverable } from './schema';
import { limits, teamsRoot } from './schema';
import { readTeams } from './teams';

/**
 * The team canvas: each field a Y.Text inside the team's `canvas` map, so two members typing in
 * the same field at once both keep their characters. A textarea gives us only its whole new
 * value, so editText turns that into the smallest insert/delete around the caret.
 */
export type CanvasRefusalCode = 'hackathon.notInTeam' | 'hackathon.teamNotFound' | 'hackathon.tooLong';

export function canvasText(doc: Y.Doc, teamId: string, field: CanvasField): Y.Text | undefined {
  const canvas = recordMap(doc, teamsRoot, teamId)?.get('canvas');
  const text = canvas instanceof Y.Map ? canvas.get(field) : undefined;
  return text instanceof Y.Text ? text : undefined;
}

/** The single changed span between two strings: where it starts, how much went, what came. */
export function textChange(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start++;
  let end = 0;
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

function mayEdit(doc: Y.Doc, teamId: string, actor: Actor): CanvasRefusalCode | undefined {
  const team = readTeams(doc).find((item) => item.id === teamId);
  if (!team) return 'hackathon.teamNotFound';
  return actor.role === 'facilitator' || actor.deviceId in team.members ? undefined : 'hackathon.notInTeam';
}

/** Applies a textarea's new value to a canvas field: members of the team only. */
export function editCanvas(doc: Y.Doc, teamId: string, field: CanvasField, value: string, actor: Actor): Outcome<undefined, CanvasRefusalCode> {
  const problem = mayEdit(doc, teamId, actor);
  if (problem) return refuse(problem);
  if (value.length > limits.field) return refuse('hackathon.tooLong', { field, limit: limits.field });
  let text = canvasText(doc, teamId, field);
  const canvas = recordMap(doc, teamsRoot, teamId)?.get('canvas');
  doc.transact(() => {
    if (!text && canvas instanceof Y.Map) canvas.set(field, (text = new Y.Text()));
    if (!text) return;
    const change = textChange(text.toString(), value);
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert !== '') text.insert(change.index, change.insert);
  }, localEdit);
  return accept(undefined);
}

export function tickDeliverable(doc: Y.Doc, teamId: string, item: Deliverable, done: boolean, actor: Actor): Outcome<undefined, CanvasRefusalCode> {
  const problem = mayEdit(doc, teamId, actor);
  if (problem) return refuse(problem);
  const checklist = recordMap(doc, teamsRoot, teamId)?.get('checklist');
  if (!(checklist instanceof Y.Map)) return refuse('hackathon.teamNotFound');
  doc.transact(() => checklist.set(item, done), localEdit);
  return accept(undefined);
}
