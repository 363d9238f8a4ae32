import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../shared/agenda/clock';
import { replan } from '../../../shared/run/replan';
import { isSessionDay } from '../../../shared/run/sessionDay';
import { readRun, runLogRows, startPart } from '../../../shared/run/state';
import { readWorkshop } from '../../../shared/workshop/doc';
import { at, dayStart, makeWorkshop } from '../../fixtures/workshop';

function plan(doc: ReturnType<typeof makeWorkshop>, now: number, sessionDay?: boolean) {
  const { parts } = readWorkshop(doc);
  return replan({ parts, run: readRun(doc), now, startClock: '09:00', dayStartMs: dayStart, ...(sessionDay === undefined ? {} : { sessionDay }) });
}

describe('lateness before the session starts', () => {
  it('a rehearsal the evening before the workshop’s date is not “729 min late”', () => {
    const doc = makeWorkshop();
    const result = plan(doc, at('21:09'), false);
    expect(result.driftMinutes).toBe(0);
    expect(result.parts.map((part) => formatClock(part.start!))).toEqual(['09:00', '09:30', '10:00']);
  });

  it('on the workshop’s own day, a start not yet made counts as late', () => {
    const doc = makeWorkshop();
    expect(plan(doc, at('09:12'), true).driftMinutes).toBe(12);
  });

  it('once a rehearsal starts, its own start is the reference', () => {
    const doc = makeWorkshop();
    startPart(doc, readWorkshop(doc).parts[0]!.id, at('21:09'));
    expect(plan(doc, at('21:10'), false).driftMinutes).toBe(729);
  });
});

describe('the workshop’s day', () => {
  const noon = new Date(2026, 2, 10, 12, 0).getTime();
  it('is today when the date says so', () => {
    expect(isSessionDay('2026-03-10', noon)).toBe(true);
  });
  it('is not today on any other date, nor when the workshop has no date', () => {
    expect(isSessionDay('', noon)).toBe(false);
    expect(isSessionDay(undefined, noon)).toBe(false);
    expect(isSessionDay('2026-03-11', noon)).toBe(false);
    expect(isSessionDay('2025-03-10', noon)).toBe(false);
  });
});

describe('the schedule and the run log', () => {
  it('show the same minute for a part started 40 seconds into it', () => {
    const doc = makeWorkshop();
    const startedAt = at('09:00') + 40_000;
    startPart(doc, readWorkshop(doc).parts[0]!.id, startedAt);
    const schedule = formatClock(plan(doc, startedAt + 60_000).parts[0]!.start!);
    // The fixture plans on a UTC day; the run log reads the same instant.
    const logged = runLogRows(readRun(doc), startedAt + 60_000)[0]!.startedAt;
    const logClock = `${String(new Date(logged).getUTCHours()).padStart(2, '0')}:${String(new Date(logged).getUTCMinutes()).padStart(2, '0')}`;
    expect(schedule).toBe('09:00');
    expect(schedule).toBe(logClock);
  });

  it('a clock reads the minute under way, even for a sum that lands a hair below it', () => {
    expect(formatClock(540.999)).toBe('09:00');
    expect(formatClock(0.1 + 0.2 + 569.7)).toBe('09:30');
  });
});
