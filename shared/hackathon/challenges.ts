import type * as Y from 'yjs';
import { randomId } from '../ids';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { patchRecord, readRecords, recordMap, writeRecord } from '../activities/records';
import { localEdit } from '../workshop/doc';
import type { Challenge, ChallengeField } from './schema';
import { challengeFields, challengeSchema, challengesRoot, limits } from './schema';

/**
 * Challenge statements (root `challenges`), one Y.Map each so that two organisers editing
 * different fields of one statement both keep their words. Removing sets `deletedAt`.
 */
export type ChallengeInput = { title: string } & Partial<Record<ChallengeField, string>>;
export type ChallengeRefusalCode = 'hackathon.facilitatorOnly' | 'hackathon.titleMissing' | 'hackathon.tooLong' | 'hackathon.challengeNotFound';

function check(input: ChallengeInput, actor: Actor): Outcome<Record<string, string>, ChallengeRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('hackathon.facilitatorOnly');
  const title = input.title.trim();
  if (title === '') return refuse('hackathon.titleMissing');
  if (title.length > limits.title) return refuse('hackathon.tooLong', { field: 'title', limit: limits.title });
  const fields: Record<string, string> = { title };
  for (const field of challengeFields) {
    const value = (input[field] ?? '').trim();
    const limit = field === 'owner' ? limits.title : limits.field;
    if (value.length > limit) return refuse('hackathon.tooLong', { field, limit });
    fields[field] = value;
  }
  return accept(fields);
}

export function addChallenge(doc: Y.Doc, input: ChallengeInput, actor: Actor, now: number): Outcome<string, ChallengeRefusalCode> {
  const checked = check(input, actor);
  if (!checked.ok) return checked;
  const id = randomId();
  doc.transact(() => writeRecord(doc, challengesRoot, id, { ...checked.value, id, createdAt: now }), localEdit);
  return accept(id);
}

export function updateChallenge(doc: Y.Doc, id: string, input: ChallengeInput, actor: Actor): Outcome<undefined, ChallengeRefusalCode> {
  const checked = check(input, actor);
  if (!checked.ok) return checked;
  const map = recordMap(doc, challengesRoot, id);
  if (!map) return refuse('hackathon.challengeNotFound');
  doc.transact(() => patchRecord(map, checked.value), localEdit);
  return accept(undefined);
}

export function removeChallenge(doc: Y.Doc, id: string, actor: Actor, now: number): Outcome<undefined, ChallengeRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('hackathon.facilitatorOnly');
  const map = recordMap(doc, challengesRoot, id);
  if (!map) return refuse('hackathon.challengeNotFound');
  doc.transact(() => map.set('deletedAt', now), localEdit);
  return accept(undefined);
}

/** Live challenges, oldest first (the order they were presented in). */
export function readChallenges(doc: Y.Doc): Challenge[] {
  return readRecords(doc, challengesRoot, challengeSchema)
    .records.filter((challenge) => challenge.deletedAt === undefined)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
