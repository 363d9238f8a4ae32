import type * as Y from 'yjs';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { readRecords } from '../activities/records';
import type { PartTimer } from '../run/schema';
import { remainingMs } from '../run/timer';
import { localEdit } from '../workshop/doc';
import type { Submission } from './schema';
import { canvasFields, limits, submissionSchema, submissionsRoot } from './schema';
import { readSettings } from './settings';
import { readTeams } from './teams';

/**
 * Submissions (root `submissions`), one per team under the team's id, written whole. A late
 * submission is accepted and flagged, not refused: the jury decides what lateness costs, and a
 * team's work is never thrown away. Attachments are left out for now: files would travel in
 * every sync of the document, so a team links to them in its summary instead.
 */
export type SubmissionRefusalCode = 'hackathon.summaryMissing' | 'hackathon.tooLong' | 'hackathon.notInTeam' | 'hackathon.judgingClosed';

/**
 * The deadline in force: a fixed time set by the facilitator, or else the moment the pitches
 * part's timer runs out (its end if it was ended; while it runs, now plus what is left, so a
 * paused or extended part moves the deadline with it). Undefined when there is neither.
 */
export function deadlineAt(fixed: number | null, pitches: { timer: PartTimer | undefined; minutes: number } | undefined, now: number): number | undefined {
  if (fixed !== null) return fixed;
  if (!pitches?.timer) return undefined;
  if (pitches.timer.endedAt !== null) return pitches.timer.endedAt;
  return now + remainingMs(pitches.timer, pitches.minutes, now);
}

export function submit(doc: Y.Doc, summary: string, actor: Actor, now: number, deadline: number | undefined): Outcome<{ late: boolean }, SubmissionRefusalCode> {
  const team = readTeams(doc).find((item) => actor.deviceId in item.members);
  if (!team) return refuse('hackathon.notInTeam');
  if (readSettings(doc).closed) return refuse('hackathon.judgingClosed');
  const text = summary.trim();
  if (text === '') return refuse('hackathon.summaryMissing');
  if (text.length > limits.summary) return refuse('hackathon.tooLong', { field: 'summary', limit: limits.summary, length: text.length });
  const canvas: Record<string, string> = {};
  for (const field of canvasFields) canvas[field] = team.canvas?.[field] ?? '';
  const previous = readSubmissions(doc).find((item) => item.teamId === team.id);
  const late = deadline !== undefined && now > deadline;
  const record: Submission = {
    teamId: team.id,
    summary: text,
    canvas,
    submittedAt: now,
    firstSubmittedAt: previous?.firstSubmittedAt ?? now,
    submittedBy: actor.deviceId,
    deadlineAt: deadline ?? null,
    late,
  };
  doc.transact(() => doc.getMap(submissionsRoot).set(team.id, record), localEdit);
  return accept({ late });
}

export function readSubmissions(doc: Y.Doc): Submission[] {
  return readRecords(doc, submissionsRoot, submissionSchema).records.sort((a, b) => a.firstSubmittedAt - b.firstSubmittedAt || (a.teamId < b.teamId ? -1 : 1));
}
