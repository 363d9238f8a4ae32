import type { PartTimer } from './schema';
import { minuteMs, remainingMs } from './timer';

/**
 * The moments a screen reader is told about while a part runs: five minutes left, one minute
 * left, time up. Few on purpose: a phone that spoke every minute would drown the question the
 * person is answering.
 */
export type TimerWarning = 'fiveMinutes' | 'oneMinute' | 'timeUp';

const marks: readonly { warning: TimerWarning; leftMs: number }[] = [
  { warning: 'fiveMinutes', leftMs: 5 * minuteMs },
  { warning: 'oneMinute', leftMs: minuteMs },
  { warning: 'timeUp', leftMs: 0 },
];

/**
 * The warning whose moment falls in (from, to], the latest if several do (a phone that slept
 * through two only needs the one that is true now), or undefined. A part shorter than a mark never
 * crosses it (it starts below it), a paused clock crosses nothing, and a screen that checks from
 * its own arrival never replays a moment that passed before it.
 */
export function timerWarningBetween(timer: PartTimer | undefined, plannedMinutes: number, from: number, to: number): TimerWarning | undefined {
  if (!timer || timer.endedAt !== null || to <= from) return undefined;
  const before = remainingMs(timer, plannedMinutes, from);
  const after = remainingMs(timer, plannedMinutes, to);
  let crossed: TimerWarning | undefined;
  for (const mark of marks) {
    if (before > mark.leftMs && after <= mark.leftMs) crossed = mark.warning;
  }
  return crossed;
}
