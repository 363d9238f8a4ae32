import type * as Y from 'yjs';
import type { Actor, Outcome, RecordProblem } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseRecord } from '../activities/records';
import { localEdit } from '../workshop/doc';
import { commitmentLimits, commitmentSchema, commitmentsRoot, type Commitment, type CommitmentStatus } from './schema';

/** Every readable commitment of a workshop, in the order they were carried; bad entries reported. */
export function readCommitments(doc: Y.Doc): { commitments: Commitment[]; problems: RecordProblem[] } {
  const commitments: Commitment[] = [];
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(commitmentsRoot).forEach((value, key) => {
    const parsed = parseRecord(commitmentSchema, value);
    if (parsed.ok && parsed.value.id === key) commitments.push(parsed.value);
    else problems.push({ root: commitmentsRoot, key, issues: parsed.ok ? ['id differs from key'] : parsed.issues });
  });
  commitments.sort((a, b) => a.carriedAt - b.carriedAt || a.title.localeCompare(b.title));
  return { commitments, problems };
}

/** What carrying forward needs of each chosen commitment: everything but when it arrived. */
export type CarriedCommitment = Omit<Commitment, 'carriedAt'>;

/**
 * Writes the chosen commitments into a new workshop's document, each under its stable id, with
 * the reviews of earlier workshops left behind: this workshop's reviews start empty, and the
 * programme screen joins the workshops' reviews into one history.
 */
export function carryForward(doc: Y.Doc, chosen: readonly CarriedCommitment[], now: number): number {
  const root = doc.getMap<unknown>(commitmentsRoot);
  const fresh = chosen.filter((commitment) => !root.has(commitment.id)).slice(0, Math.max(0, commitmentLimits.perWorkshop - root.size));
  doc.transact(() => {
    for (const commitment of fresh) {
      const entry: Commitment = { ...commitment, reviews: [], carriedAt: now };
      if (commitmentSchema.safeParse(entry).success) root.set(commitment.id, entry);
    }
  }, localEdit);
  return fresh.length;
}

export type ReviewRefusalCode = 'commitments.notFound' | 'commitments.noteTooLong' | 'commitments.facilitatorOnly';

/** The facilitator sets a commitment's status with a short note; the review says who and when. */
export function reviewCommitment(doc: Y.Doc, id: string, status: CommitmentStatus, note: string, actor: Actor, now: number): Outcome<undefined, ReviewRefusalCode> {
  if (actor.role !== 'facilitator') return refuse('commitments.facilitatorOnly');
  const trimmed = note.trim();
  if (Array.from(trimmed).length > commitmentLimits.note) return refuse('commitments.noteTooLong', { limit: commitmentLimits.note });
  const root = doc.getMap<unknown>(commitmentsRoot);
  const parsed = parseRecord(commitmentSchema, root.get(id));
  if (!parsed.ok) return refuse('commitments.notFound');
  const review = { status, note: trimmed, at: now, byDevice: actor.deviceId, ...(actor.name ? { byName: actor.name.slice(0, 120) } : {}) };
  // The oldest reviews make room: the latest status and who set it are what the report needs.
  const reviews = [...parsed.value.reviews, review].slice(-commitmentLimits.reviews);
  doc.transact(() => root.set(id, { ...parsed.value, reviews }), localEdit);
  return accept(undefined);
}
