import { computeSchedule } from '../agenda/timing';
import type { RunState } from './state';
import { minuteMs, remainingMs } from './timer';

/**
 * Re-planning from what really happened. Planned times come from the agenda (computeSchedule);
 * actual times come from the run's timestamps. Everything is expressed in minutes since
 * midnight of the session's first day in the venue's local time, like the agenda, so the caller
 * gives the epoch time of that midnight (`dayStartMs`, e.g. `new Date(y, m - 1, d).getTime()` in
 * the venue's timezone) and can format any value with formatClock.
 */
export type ReplanPart = { id: string; minutes: number; fixedStart?: string | undefined };

export type ReplanInput = {
  parts: readonly ReplanPart[];
  run: RunState;
  now: number;
  /** The agenda's start time, "HH:MM". */
  startClock: string;
  dayStartMs: number;
  /** False when today is not the workshop's date (a rehearsal, a workshop with no date): until
   *  the run starts, nobody is late for a session planned on another day. Default true. */
  sessionDay?: boolean;
};

export type ReplannedStatus = 'done' | 'current' | 'skipped' | 'upcoming';

export type ReplannedPart = {
  id: string;
  status: ReplannedStatus;
  plannedStart: number;
  plannedEnd: number;
  /** Actual start (done, current under way) or projected start; undefined when skipped. */
  start: number | undefined;
  end: number | undefined;
  /** start − plannedStart in whole minutes (positive: later than planned). */
  shiftMinutes: number | undefined;
};

export type Replan = {
  parts: ReplannedPart[];
  /** Whole minutes behind plan (negative: ahead) at the current part's expected end, or at the
   *  last ended part when none is current. */
  driftMinutes: number;
  plannedEnd: number;
  projectedEnd: number;
  /** projectedEnd − plannedEnd in whole minutes; fixed starts such as lunch can absorb drift. */
  endDriftMinutes: number;
};

export function replan(input: ReplanInput): Replan {
  const { parts, run, now } = input;
  const toMinutes = (ms: number) => (ms - input.dayStartMs) / minuteMs;
  const nowMinutes = toMinutes(now);
  const schedule = computeSchedule(input.startClock, parts);
  const currentIndex = run.finishedAt === undefined ? parts.findIndex((part) => part.id === run.currentPartId) : -1;
  const out: ReplannedPart[] = [];
  // Before the first Start on a day other than the workshop's, the plan stands as written: the
  // clock has not begun counting against it.
  const waitingForAnotherDay = input.sessionDay === false && run.timers.size === 0 && run.finishedAt === undefined;
  // Where the next upcoming part can start: after the current part, or now if nothing runs.
  let cursor = waitingForAnotherDay ? Number.NEGATIVE_INFINITY : nowMinutes;
  let driftAnchor: { end: number; plannedEnd: number } | undefined;

  parts.forEach((part, index) => {
    const planned = schedule.parts[index] ?? { start: cursor, end: cursor + part.minutes, waitBefore: 0 };
    const timer = run.timers.get(part.id);
    const row = (status: ReplannedStatus, start: number | undefined, end: number | undefined): ReplannedPart => ({
      id: part.id,
      status,
      plannedStart: planned.start,
      plannedEnd: planned.end,
      start,
      end,
      shiftMinutes: start === undefined ? undefined : Math.round(start - planned.start),
    });

    if (index === currentIndex) {
      const start = timer ? toMinutes(timer.startedAt) : Math.max(waitingForAnotherDay ? planned.start : nowMinutes, planned.start);
      // A part running over is expected to end any moment now, not earlier than now.
      const end = timer ? nowMinutes + Math.max(0, remainingMs(timer, part.minutes, now)) / minuteMs : start + part.minutes;
      out.push(row('current', start, end));
      cursor = end;
      driftAnchor = { end, plannedEnd: planned.end };
      return;
    }
    if (timer && timer.endedAt !== null) {
      const start = toMinutes(timer.startedAt);
      const end = toMinutes(timer.endedAt);
      out.push(row('done', start, end));
      if (currentIndex < 0 || index < currentIndex) {
        cursor = Math.max(cursor, end);
        if (!driftAnchor || end >= driftAnchor.end) driftAnchor = { end, plannedEnd: planned.end };
      }
      return;
    }
    const beforeCurrent = currentIndex >= 0 ? index < currentIndex : run.finishedAt !== undefined || laterPartRan(parts, run, index);
    if (beforeCurrent) {
      out.push(row('skipped', undefined, undefined));
      return;
    }
    // Upcoming: end to end from the cursor; a part with a fixed clock start never moves earlier
    // than planned, but it does start late when the session runs behind.
    const start = part.fixedStart ? Math.max(cursor, planned.start) : cursor;
    // Before anything has run, the session is expected at its planned time, not earlier.
    const notBeforePlan = out.every((r) => r.status === 'upcoming') ? Math.max(start, planned.start) : start;
    const end = notBeforePlan + part.minutes;
    out.push(row('upcoming', notBeforePlan, end));
    cursor = end;
  });

  const plannedEnd = schedule.parts.length > 0 ? schedule.end : schedule.start;
  const lastEnd = out.reduce((max, r) => (r.end !== undefined && r.end > max ? r.end : max), Number.NEGATIVE_INFINITY);
  const projectedEnd = Number.isFinite(lastEnd) ? lastEnd : plannedEnd;
  const firstUpcoming = out.find((r) => r.status === 'upcoming');
  const drift = driftAnchor
    ? driftAnchor.end - driftAnchor.plannedEnd
    : firstUpcoming && firstUpcoming.start !== undefined
      ? firstUpcoming.start - firstUpcoming.plannedStart
      : 0;
  return { parts: out, driftMinutes: Math.round(drift), plannedEnd, projectedEnd, endDriftMinutes: Math.round(projectedEnd - plannedEnd) };
}

/** With no current part, a part counts as skipped when a later part has run. */
function laterPartRan(parts: readonly ReplanPart[], run: RunState, index: number): boolean {
  return parts.slice(index + 1).some((part) => run.timers.has(part.id));
}
