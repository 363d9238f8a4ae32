import { describe, expect, it } from 'vitest';
import type { PartTimer } from '../../../shared/run/schema';
import { timerWarningBetween } from '../../../shared/run/timerWarnings';

const t0 = 1_700_000_000_000;
const minute = 60_000;
const second = 1_000;
const running: PartTimer = { startedAt: t0, pausedAt: null, pausedMs: 0, endedAt: null, extendedMinutes: 0 };

/** What a screen checking once a second says over a whole part, in order. */
function spokenOver(timer: PartTimer, plannedMinutes: number, untilMs: number): string[] {
  const said: string[] = [];
  for (let at = t0; at < t0 + untilMs; at += second) {
    const warning = timerWarningBetween(timer, plannedMinutes, at, at + second);
    if (warning) said.push(warning);
  }
  return said;
}

describe('timer warnings for screen readers', () => {
  it('says five minutes, one minute and time up once each over a 30-minute part, and nothing after', () => {
    expect(spokenOver(running, 30, 40 * minute)).toEqual(['fiveMinutes', 'oneMinute', 'timeUp']);
  });

  it('falls exactly on the moment: four seconds before five minutes left is quiet, the tick reaching it speaks', () => {
    expect(timerWarningBetween(running, 30, t0 + 24 * minute + 50 * second, t0 + 24 * minute + 56 * second)).toBeUndefined();
    expect(timerWarningBetween(running, 30, t0 + 24 * minute + 59 * second, t0 + 25 * minute)).toBe('fiveMinutes');
  });

  it('a part shorter than five minutes starts below that mark, so only one minute and time up are said', () => {
    expect(spokenOver(running, 3, 5 * minute)).toEqual(['oneMinute', 'timeUp']);
  });

  it('a phone that slept through several moments says only the latest', () => {
    expect(timerWarningBetween(running, 30, t0, t0 + 31 * minute)).toBe('timeUp');
    expect(timerWarningBetween(running, 30, t0 + 20 * minute, t0 + 29 * minute + 30 * second)).toBe('oneMinute');
  });

  it('is quiet while paused, once ended, before a start and for a clock read backwards', () => {
    const paused = { ...running, pausedAt: t0 + 10 * minute };
    expect(timerWarningBetween(paused, 30, t0 + 20 * minute, t0 + 40 * minute)).toBeUndefined();
    expect(timerWarningBetween({ ...running, endedAt: t0 + 1 * minute }, 30, t0 + 20 * minute, t0 + 40 * minute)).toBeUndefined();
    expect(timerWarningBetween(undefined, 30, t0, t0 + 40 * minute)).toBeUndefined();
    expect(timerWarningBetween(running, 30, t0 + 40 * minute, t0)).toBeUndefined();
  });

  it('an extension moves the moments: a part given five more minutes warns again when those run low', () => {
    const extended = { ...running, extendedMinutes: 5 };
    expect(timerWarningBetween(extended, 30, t0 + 29 * minute + 59 * second, t0 + 30 * minute)).toBe('fiveMinutes');
  });
});
