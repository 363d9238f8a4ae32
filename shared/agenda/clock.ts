/**
 * Local clock times as minutes since midnight. Workshops are planned in the venue's own time,
 * so times carry no timezone: "09:30" means half past nine wherever the room is.
 */
export const minutesPerDay = 24 * 60;

const clockPattern = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Parses "HH:MM" (24-hour); returns undefined for anything else. */
export function parseClock(text: string): number | undefined {
  const match = clockPattern.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isClock(text: string): boolean {
  return parseClock(text) !== undefined;
}

/**
 * Formats minutes since the first day's midnight as "HH:MM" within its day. Like a wall clock, it
 * shows the minute under way (09:00:40 is 09:00, never 09:01), so re-planned times read the same
 * as the run log's. The small allowance absorbs sums of fractions that land a hair under a minute.
 */
export function formatClock(minutes: number): string {
  const inDay = ((Math.floor(minutes + 1e-6) % minutesPerDay) + minutesPerDay) % minutesPerDay;
  const hours = Math.floor(inDay / 60);
  const mins = inDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(mins).padStart(2, '0')}`;
}

/** Which day (0 = the first) a minute count since the first midnight falls on. */
export function dayIndex(minutes: number): number {
  return Math.floor(minutes / minutesPerDay);
}

/** Formats a duration as hours and minutes, e.g. 95 → { hours: 1, minutes: 35 }. */
export function splitDuration(totalMinutes: number): { hours: number; minutes: number } {
  const sign = totalMinutes < 0 ? -1 : 1;
  const abs = Math.abs(Math.round(totalMinutes));
  return { hours: sign * Math.floor(abs / 60), minutes: sign * (abs % 60) };
}
