import type { PartTimer } from './schema';

/**
 * Timer arithmetic, all derived from a part's stored timestamps and the time now. Nothing here
 * counts: call again with a later `now` (the next animation frame, a reloaded window, another
 * laptop) and the answer is right for that moment.
 */
export const minuteMs = 60_000;
/** The warning signal fires when this much time is left. */
export const warningMs = 2 * minuteMs;

export type TimerStatus = 'notStarted' | 'running' | 'paused' | 'overtime' | 'done';

export type TimerView = {
  status: TimerStatus;
  /** Time spent running, pauses excluded. */
  elapsedMs: number;
  /** Planned minutes plus extensions, in milliseconds. */
  allowedMs: number;
  /** allowed − elapsed; negative once the part runs over. */
  remainingMs: number;
  /** How far past its time the part has run, or 0. */
  overtimeMs: number;
  /** Running (or paused) with two minutes or less left, and not yet at zero. */
  twoMinuteWarning: boolean;
  /** The allowed time is used up and the part has not been ended. */
  timeUp: boolean;
};

export function allowedMs(timer: PartTimer | undefined, plannedMinutes: number): number {
  return (Math.max(0, plannedMinutes) + (timer?.extendedMinutes ?? 0)) * minuteMs;
}

export function elapsedMs(timer: PartTimer | undefined, now: number): number {
  if (!timer) return 0;
  // A stopped clock reads the moment it stopped; a clock set back (now before startedAt) reads 0.
  const until = timer.endedAt ?? timer.pausedAt ?? now;
  return Math.max(0, until - timer.startedAt - timer.pausedMs);
}

export function remainingMs(timer: PartTimer | undefined, plannedMinutes: number, now: number): number {
  return allowedMs(timer, plannedMinutes) - elapsedMs(timer, now);
}

export function timerStatus(timer: PartTimer | undefined, plannedMinutes: number, now: number): TimerStatus {
  if (!timer) return 'notStarted';
  if (timer.endedAt !== null) return 'done';
  if (timer.pausedAt !== null) return 'paused';
  return remainingMs(timer, plannedMinutes, now) < 0 ? 'overtime' : 'running';
}

export function twoMinuteWarning(timer: PartTimer | undefined, plannedMinutes: number, now: number): boolean {
  if (!timer || timer.endedAt !== null) return false;
  const left = remainingMs(timer, plannedMinutes, now);
  return left > 0 && left <= warningMs;
}

export function timeUp(timer: PartTimer | undefined, plannedMinutes: number, now: number): boolean {
  if (!timer || timer.endedAt !== null) return false;
  return remainingMs(timer, plannedMinutes, now) <= 0;
}

export function timerView(timer: PartTimer | undefined, plannedMinutes: number, now: number): TimerView {
  const allowed = allowedMs(timer, plannedMinutes);
  const elapsed = elapsedMs(timer, now);
  const remaining = allowed - elapsed;
  return {
    status: timerStatus(timer, plannedMinutes, now),
    elapsedMs: elapsed,
    allowedMs: allowed,
    remainingMs: remaining,
    overtimeMs: Math.max(0, -remaining),
    twoMinuteWarning: twoMinuteWarning(timer, plannedMinutes, now),
    timeUp: timeUp(timer, plannedMinutes, now),
  };
}

export type TimerSignal = 'twoMinutes' | 'timeUp';

/**
 * The signals whose moment falls in (from, to]: a UI that checks every frame or second plays
 * each sound exactly once, and a window reloaded after the moment does not replay it (it starts
 * checking from the reload). Paused time never crosses a moment.
 */
export function signalsBetween(timer: PartTimer | undefined, plannedMinutes: number, from: number, to: number): TimerSignal[] {
  if (!timer || timer.endedAt !== null || to <= from) return [];
  const before = remainingMs(timer, plannedMinutes, from);
  const after = remainingMs(timer, plannedMinutes, to);
  const signals: TimerSignal[] = [];
  if (before > warningMs && after <= warningMs && after > 0) signals.push('twoMinutes');
  if (before > 0 && after <= 0) signals.push('timeUp');
  return signals;
}

/** Splits a remaining time into a sign and whole minutes and seconds for a countdown display
 *  (rounded up, so "0:01" shows until the very end and "0:00" means time is up). */
export function countdownParts(ms: number): { negative: boolean; minutes: number; seconds: number } {
  const negative = ms < 0;
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  return { negative, minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 };
}
