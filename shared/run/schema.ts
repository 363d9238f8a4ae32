import { z } from 'zod';

/**
 * What the `run` root holds. It is one Y.Map written by the facilitator only, with flat keys so
 * that no nested structure ever has to be created by two devices at once:
 * - `currentPartId`: the part on screen (a string);
 * - `finishedAt`: when the facilitator ended the session (ms since epoch), absent before;
 * - `timer:<partId>`: a PartTimer, written whole;
 * - `poll:<partId>`: a PollState for a voting part, written whole;
 * - `log:<randomId>`: one RunLogEntry per action, never rewritten, so the log only grows.
 *
 * Timers hold timestamps, never a count that ticks: remaining time is derived from them and the
 * current time, so a reload, a second window or a peer all show the same figure.
 */
export const runRoot = 'run';
export const currentPartKey = 'currentPartId';
export const finishedAtKey = 'finishedAt';
export const timerPrefix = 'timer:';
export const pollPrefix = 'poll:';
export const logPrefix = 'log:';

const timestamp = z.number().finite().nonnegative();

export const partTimerSchema = z.looseObject({
  /** When the part first started. */
  startedAt: timestamp,
  /** When the current pause began; null while running or ended. */
  pausedAt: timestamp.nullable(),
  /** Milliseconds spent paused (and away from the part, when it was reopened) before now. */
  pausedMs: z.number().finite().nonnegative(),
  /** Minutes added with +1 and +5 (may be taken back, never below zero in total). */
  extendedMinutes: z.number().int().min(0).max(720),
  /** When the part last ended; null while it runs or is paused. */
  endedAt: timestamp.nullable(),
});
export type PartTimer = z.infer<typeof partTimerSchema>;

export const pollStateSchema = z.looseObject({
  closed: z.boolean(),
  changedAt: timestamp,
});
export type PollState = z.infer<typeof pollStateSchema>;

export const runEvents = ['started', 'paused', 'resumed', 'extended', 'ended', 'reopened', 'finished'] as const;
export type RunEvent = (typeof runEvents)[number];

export const runLogEntrySchema = z.looseObject({
  partId: z.string(),
  event: z.enum(runEvents),
  at: timestamp,
  /** For `extended`: the minutes added (negative when taken back). */
  minutes: z.number().int().optional(),
});
export type RunLogEntry = z.infer<typeof runLogEntrySchema>;
