import { minutesPerDay, parseClock } from './clock';

/** What the timing needs of a part: how long it lasts, and optionally a fixed clock start. */
export type TimedPart = {
  minutes: number;
  /** "HH:MM": the part starts at the next such clock time after the previous part ends (a lunch
   *  at 12:30, the second day of a hackathon at 09:00). */
  fixedStart?: string | undefined;
};

export type ScheduledPart = {
  /** Minutes since the first day's midnight. */
  start: number;
  end: number;
  /** Idle minutes before this part because of its fixed start. */
  waitBefore: number;
};

export type Schedule = {
  parts: ScheduledPart[];
  start: number;
  end: number;
  /** Sum of the parts' planned minutes (waits for fixed starts excluded). */
  plannedMinutes: number;
  /** end − start, waits included. */
  spanMinutes: number;
  /** Minutes past the chosen end time, or 0. Undefined when no end time is chosen. */
  overrunMinutes: number | undefined;
};

/**
 * Lays parts end to end from a start time. A part with a fixed start waits for that clock time
 * (on the same day if it is still ahead, otherwise the next day). An end target earlier than the
 * start is read as the next day (an evening session that ends after midnight).
 */
export function computeSchedule(startClock: string, parts: readonly TimedPart[], endClock?: string): Schedule {
  const start = parseClock(startClock) ?? 0;
  let cursor = start;
  let plannedMinutes = 0;
  // The last day that a fixed start moved the agenda to on purpose (day two of a hackathon).
  let plannedLastDay = 0;
  const scheduled: ScheduledPart[] = [];
  for (const part of parts) {
    const fixed = part.fixedStart ? parseClock(part.fixedStart) : undefined;
    let partStart = cursor;
    if (fixed !== undefined) {
      const dayStart = Math.floor(cursor / minutesPerDay) * minutesPerDay;
      partStart = dayStart + fixed;
      if (partStart < cursor) partStart += minutesPerDay;
      plannedLastDay = Math.floor(partStart / minutesPerDay);
    }
    const minutes = Math.max(0, part.minutes);
    scheduled.push({ start: partStart, end: partStart + minutes, waitBefore: partStart - cursor });
    plannedMinutes += minutes;
    cursor = partStart + minutes;
  }
  const end = cursor;
  let overrunMinutes: number | undefined;
  const target = endClock ? parseClock(endClock) : undefined;
  if (target !== undefined) {
    const firstDayTarget = target <= start ? target + minutesPerDay : target;
    const targetAbsolute = Math.max(firstDayTarget, plannedLastDay * minutesPerDay + target);
    overrunMinutes = Math.max(0, end - targetAbsolute);
  }
  return { parts: scheduled, start, end, plannedMinutes, spanMinutes: end - start, overrunMinutes };
}
