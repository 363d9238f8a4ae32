import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../shared/agenda/clock';
import { replan } from '../../../shared/run/replan';
import { extend, finishRun, goToPart, nextPart, readRun, startPart } from '../../../shared/run/state';
import { readWorkshop } from '../../../shared/workshop/doc';
import type { EditablePart } from '../../../shared/workshop/schema';
import { at, dayStart, makeWorkshop, reload } from '../../fixtures/workshop';

function plan(doc: ReturnType<typeof makeWorkshop>, now: number) {
  const { parts, meta } = readWorkshop(doc);
  const result = replan({ parts, run: readRun(doc), now, startClock: meta?.startTime ?? '09:00', dayStartMs: dayStart });
  return { ...result, clocks: result.parts.map((part) => (part.start === undefined ? '-' : formatClock(part.start))) };
}

describe('re-planning from the actual times', () => {
  it('before the start, the plan stands as written', () => {
    const doc = makeWorkshop();
    const result = plan(doc, at('08:30'));
    expect(result.clocks).toEqual(['09:00', '09:30', '10:00']);
    expect(result.driftMinutes).toBe(0);
  });

  it('a late start pushes every part back by the delay', () => {
    const doc = makeWorkshop();
    const parts = readWorkshop(doc).parts;
    startPart(doc, parts[0]!.id, at('09:10'));
    const result = plan(doc, at('09:20'));
    expect(result.clocks).toEqual(['09:10', '09:40', '10:10']);
    expect(result.driftMinutes).toBe(10);
    expect(formatClock(result.projectedEnd)).toBe('10:40');
    expect(result.endDriftMinutes).toBe(10);
  });

  it('an extension and an overrun both show as minutes behind', () => {
    const doc = makeWorkshop();
    const parts = readWorkshop(doc).parts;
    startPart(doc, parts[0]!.id, at('09:00'));
    extend(doc, 5, at('09:25'));
    expect(plan(doc, at('09:26')).driftMinutes).toBe(5);
    // Past the extended time too: the part is expected to end now, 12 minutes late.
    const late = plan(doc, at('09:42'));
    expect(late.driftMinutes).toBe(12);
    expect(late.clocks).toEqual(['09:00', '09:42', '10:12']);
  });

  it('a part ended early puts the session ahead', () => {
    const doc = makeWorkshop();
    const parts = readWorkshop(doc).parts;
    startPart(doc, parts[0]!.id, at('09:00'));
    nextPart(doc, parts, at('09:20'), { start: false });
    const result = plan(doc, at('09:21'));
    expect(result.parts.map((part) => part.status)).toEqual(['done', 'current', 'upcoming']);
    expect(result.clocks).toEqual(['09:00', '09:30', '10:00']);
    // The current part has not started: it still waits for its planned time.
    startPart(doc, parts[1]!.id, at('09:21'));
    const started = plan(doc, at('09:22'));
    expect(started.clocks).toEqual(['09:00', '09:21', '09:51']);
    expect(started.driftMinutes).toBe(-9);
  });

  it('a fixed-time part (lunch) never moves earlier but absorbs delay before it', () => {
    const agenda: EditablePart[] = [
      { title: 'Morning', kind: 'sprint', minutes: 60, questions: [], fixedStart: '' },
      { title: 'Lunch', kind: 'break', minutes: 60, questions: [], fixedStart: '12:30' },
      { title: 'Afternoon', kind: 'sprint', minutes: 60, questions: [], fixedStart: '' },
    ];
    const doc = makeWorkshop(agenda, 'hackathon1', '09:00');
    const parts = readWorkshop(doc).parts;
    startPart(doc, parts[0]!.id, at('09:20'));
    const result = plan(doc, at('09:30'));
    expect(result.clocks).toEqual(['09:20', '12:30', '13:30']);
    expect(result.driftMinutes).toBe(20);
    expect(result.endDriftMinutes).toBe(0);
  });

  it('a part jumped over is marked skipped, and a finished session shows real times only', () => {
    const doc = makeWorkshop();
    const parts = readWorkshop(doc).parts;
    startPart(doc, parts[0]!.id, at('09:00'));
    goToPart(doc, parts[2]!.id, at('09:30'), { start: true });
    finishRun(doc, at('10:05'));
    const result = plan(doc, at('11:00'));
    expect(result.parts.map((part) => part.status)).toEqual(['done', 'skipped', 'done']);
    expect(result.clocks).toEqual(['09:00', '-', '09:30']);
    expect(formatClock(result.projectedEnd)).toBe('10:05');
    // Skipping the 30-minute middle part leaves the session 25 minutes ahead of plan.
    expect(result.driftMinutes).toBe(-25);
  });

  it('gives the same plan on a reloaded copy, and moves on only as time passes', () => {
    const doc = makeWorkshop();
    const parts = readWorkshop(doc).parts;
    startPart(doc, parts[0]!.id, at('09:03'));
    const copy = reload(doc);
    expect(plan(copy, at('09:15'))).toEqual(plan(doc, at('09:15')));
    // Still within its time: the projection holds until the part runs over.
    expect(plan(copy, at('09:32')).clocks).toEqual(['09:03', '09:33', '10:03']);
    expect(plan(copy, at('09:40')).clocks).toEqual(['09:03', '09:40', '10:10']);
  });
});
