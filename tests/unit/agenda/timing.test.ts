import { describe, expect, it } from 'vitest';
import { formatClock, parseClock, splitDuration } from '../../../shared/agenda/clock';
import { computeSchedule } from '../../../shared/agenda/timing';

describe('clock times', () => {
  it('reads 24-hour HH:MM and refuses anything else', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('23:59')).toBe(1439);
    for (const bad of ['24:00', '12:60', '1230', '', 'noon', '-1:00', '12:5']) expect(parseClock(bad)).toBeUndefined();
  });

  it('formats minutes within their day', () => {
    expect(formatClock(570)).toBe('09:30');
    expect(formatClock(24 * 60 + 15)).toBe('00:15');
    expect(splitDuration(95)).toEqual({ hours: 1, minutes: 35 });
  });
});

describe('agenda schedule', () => {
  const forum = [{ minutes: 30 }, { minutes: 30 }, { minutes: 30 }];

  it('lays the three-part forum end to end from its start time', () => {
    const schedule = computeSchedule('09:00', forum, '10:30');
    expect(schedule.parts.map((part) => [formatClock(part.start), formatClock(part.end)])).toEqual([
      ['09:00', '09:30'],
      ['09:30', '10:00'],
      ['10:00', '10:30'],
    ]);
    expect(schedule.plannedMinutes).toBe(90);
    expect(schedule.overrunMinutes).toBe(0);
  });

  it('moves every later part when one part grows, and reports the overrun', () => {
    const schedule = computeSchedule('09:00', [{ minutes: 45 }, { minutes: 30 }, { minutes: 30 }], '10:30');
    expect(formatClock(schedule.parts[2]!.start)).toBe('10:15');
    expect(formatClock(schedule.end)).toBe('10:45');
    expect(schedule.overrunMinutes).toBe(15);
  });

  it('has no overrun figure when no end time is chosen', () => {
    expect(computeSchedule('09:00', forum).overrunMinutes).toBeUndefined();
  });

  it('waits for a fixed start, on the same day or the next', () => {
    const schedule = computeSchedule('09:00', [{ minutes: 180 }, { minutes: 60, fixedStart: '12:30' }, { minutes: 60 }, { minutes: 30, fixedStart: '09:00' }]);
    expect(schedule.parts[1]).toMatchObject({ start: 750, waitBefore: 30 });
    expect(schedule.parts[3]!.start).toBe(24 * 60 + 540);
    expect(schedule.plannedMinutes).toBe(330);
  });

  it('compares a two-day agenda with the end time of its last day', () => {
    const twoDays = [{ minutes: 420 }, { minutes: 60, fixedStart: '09:00' }, { minutes: 480 }];
    const schedule = computeSchedule('09:00', twoDays, '17:00');
    expect(schedule.overrunMinutes).toBe(60);
  });

  it('reads an end time before the start as the next day (an evening session past midnight)', () => {
    const schedule = computeSchedule('22:00', [{ minutes: 150 }], '00:00');
    expect(schedule.overrunMinutes).toBe(30);
  });

  it('never lets a negative duration run time backwards', () => {
    const schedule = computeSchedule('09:00', [{ minutes: -30 }, { minutes: 30 }]);
    expect(schedule.parts[1]!.start).toBe(540);
  });
});
