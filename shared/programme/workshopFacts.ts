import type * as Y from 'yjs';
import { readParticipants } from '../attendance/register';
import { readRun } from '../run/state';

/**
 * What a programme lists about each of its workshops beyond the home screen's fields: how many
 * people attended (the register, removed rows left out) and how far the session got.
 */
export type WorkshopStatus = 'planned' | 'running' | 'held';

export type WorkshopFacts = { attendance: number; status: WorkshopStatus };

export function workshopFacts(doc: Y.Doc): WorkshopFacts {
  const run = readRun(doc);
  const started = run.timers.size > 0 || run.currentPartId !== undefined;
  const status: WorkshopStatus = run.finishedAt !== undefined ? 'held' : started ? 'running' : 'planned';
  return { attendance: readParticipants(doc).participants.length, status };
}

/** Listing rows ordered by date (undated last), then by title, as a series reads. */
export function inProgrammeOrder<R extends { date: string; title: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === '') return 1;
      if (b.date === '') return -1;
      return a.date < b.date ? -1 : 1;
    }
    return a.title.localeCompare(b.title);
  });
}
