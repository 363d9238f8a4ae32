import type * as Y from 'yjs';
import { formatClock } from '@shared/agenda/clock';
import { readRun, type RunState } from '@shared/run/state';
import { countdownParts, timerView, type TimerView } from '@shared/run/timer';
import type { WorkshopSnapshot } from '@shared/workshop/doc';
import type { AgendaPart } from '@shared/workshop/schema';

/** What every live screen needs to know about the run at one moment. */
export type LiveView = {
  run: RunState;
  parts: AgendaPart[];
  current: AgendaPart | undefined;
  currentIndex: number;
  next: AgendaPart | undefined;
  timer: TimerView | undefined;
  started: boolean;
  finished: boolean;
};

export function liveView(doc: Y.Doc, snapshot: WorkshopSnapshot, now: number): LiveView {
  const run = readRun(doc);
  const parts = snapshot.parts;
  const currentIndex = parts.findIndex((part) => part.id === run.currentPartId);
  const current = currentIndex >= 0 ? parts[currentIndex] : undefined;
  const timer = current ? timerView(run.timers.get(current.id), current.minutes, now) : undefined;
  return {
    run,
    parts,
    current,
    currentIndex,
    next: parts[currentIndex + 1],
    timer,
    started: run.timers.size > 0,
    finished: run.finishedAt !== undefined,
  };
}

/** "12:05" for time left, "+3:20" once the part runs over. */
export function formatCountdown(ms: number): string {
  const { negative, minutes, seconds } = countdownParts(ms);
  return `${negative ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Local midnight of the day the run began (or today before it begins). Re-planned times are
 *  measured from it, so a rehearsal on another day than the planned date still reads sensibly. */
export function dayStartOf(run: RunState, now: number): number {
  let first = now;
  for (const timer of run.timers.values()) first = Math.min(first, timer.startedAt);
  const day = new Date(first);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
}

/** A wall-clock time as "HH:MM" in local time. */
export function clockOf(ms: number): string {
  const date = new Date(ms);
  return formatClock(date.getHours() * 60 + date.getMinutes());
}
