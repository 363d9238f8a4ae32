import { describe, expect, it } from 'vitest';
import { extend, finishRun, goToPart, nextPart, pause, previousPart, readRun, resume, startPart } from '../../../shared/run/state';
import { countdownParts, signalsBetween, timerView } from '../../../shared/run/timer';
import { makeWorkshop, minute, partIds, reload } from '../../fixtures/workshop';

const t0 = 1_700_000_000_000;

function setup() {
  const doc = makeWorkshop();
  const ids = partIds(doc);
  const first = ids[0] as string;
  const view = (now: number, partId = first) => timerView(readRun(doc).timers.get(partId), 30, now);
  return { doc, ids, first, view };
}

const ordered = (ids: string[]) => ids.map((id) => ({ id }));

describe('the part timer', () => {
  it('counts down from the planned length once started', () => {
    const { doc, first, view } = setup();
    expect(view(t0).status).toBe('notStarted');
    startPart(doc, first, t0);
    expect(view(t0 + 10 * minute)).toMatchObject({ status: 'running', remainingMs: 20 * minute, elapsedMs: 10 * minute });
  });

  it('stands still while paused and carries on after resume', () => {
    const { doc, first, view } = setup();
    startPart(doc, first, t0);
    pause(doc, t0 + 5 * minute);
    expect(view(t0 + 15 * minute)).toMatchObject({ status: 'paused', remainingMs: 25 * minute });
    resume(doc, t0 + 15 * minute);
    expect(view(t0 + 20 * minute)).toMatchObject({ status: 'running', remainingMs: 20 * minute });
  });

  it('adds one or five minutes, and can take them back but not below the plan', () => {
    const { doc, first, view } = setup();
    startPart(doc, first, t0);
    extend(doc, 1, t0);
    extend(doc, 5, t0);
    expect(view(t0).remainingMs).toBe(36 * minute);
    extend(doc, -1, t0);
    expect(view(t0).remainingMs).toBe(35 * minute);
    extend(doc, -120, t0);
    expect(view(t0).remainingMs).toBe(30 * minute);
    expect(extend(doc, -1, t0)).toEqual({ ok: false, code: 'run.badMinutes' });
  });

  it('warns at two minutes left and reports overtime once time is up', () => {
    const { doc, first, view } = setup();
    startPart(doc, first, t0);
    expect(view(t0 + 27 * minute).twoMinuteWarning).toBe(false);
    expect(view(t0 + 28 * minute).twoMinuteWarning).toBe(true);
    expect(view(t0 + 30 * minute)).toMatchObject({ timeUp: true, twoMinuteWarning: false, status: 'running' });
    expect(view(t0 + 33 * minute)).toMatchObject({ status: 'overtime', overtimeMs: 3 * minute, timeUp: true });
  });

  it('shows the right remaining time after a reload, however late the window comes back', () => {
    const { doc, first } = setup();
    startPart(doc, first, t0);
    pause(doc, t0 + 4 * minute);
    resume(doc, t0 + 6 * minute);
    extend(doc, 5, t0 + 7 * minute);
    const copy = reload(doc);
    const later = timerView(readRun(copy).timers.get(first), 30, t0 + 21 * minute);
    // 35 minutes allowed; 21 − 2 paused = 19 used.
    expect(later.remainingMs).toBe(16 * minute);
  });

  it('plays each signal once as time passes, and never while paused', () => {
    const { doc, first } = setup();
    startPart(doc, first, t0);
    const timer = () => readRun(doc).timers.get(first);
    expect(signalsBetween(timer(), 30, t0 + 27 * minute, t0 + 28 * minute + 1)).toEqual(['twoMinutes']);
    expect(signalsBetween(timer(), 30, t0 + 28 * minute + 1, t0 + 29 * minute)).toEqual([]);
    expect(signalsBetween(timer(), 30, t0 + 29 * minute, t0 + 31 * minute)).toEqual(['timeUp']);
    pause(doc, t0 + 10 * minute);
    expect(signalsBetween(timer(), 30, t0 + 10 * minute, t0 + 60 * minute)).toEqual([]);
  });

  it('formats a countdown rounded up, with overtime shown as negative', () => {
    expect(countdownParts(61_001)).toEqual({ negative: false, minutes: 1, seconds: 2 });
    expect(countdownParts(0)).toEqual({ negative: false, minutes: 0, seconds: 0 });
    expect(countdownParts(-125_000)).toEqual({ negative: true, minutes: 2, seconds: 5 });
  });
});

describe('moving through the agenda', () => {
  it('next ends the current part and starts the following one; the log keeps real times', () => {
    const { doc, ids, view } = setup();
    nextPart(doc, ordered(ids), t0);
    nextPart(doc, ordered(ids), t0 + 32 * minute);
    const run = readRun(doc);
    expect(run.currentPartId).toBe(ids[1]);
    expect(view(t0 + 40 * minute)).toMatchObject({ status: 'done', elapsedMs: 32 * minute });
    expect(view(t0 + 40 * minute, ids[1])).toMatchObject({ status: 'running', remainingMs: 22 * minute });
    expect(run.log.map((entry) => entry.event)).toEqual(['started', 'ended', 'started']);
  });

  it('going back reopens the earlier part paused, and its clock carries on from where it stopped', () => {
    const { doc, ids, first, view } = setup();
    startPart(doc, first, t0);
    nextPart(doc, ordered(ids), t0 + 20 * minute);
    previousPart(doc, ordered(ids), t0 + 25 * minute);
    expect(view(t0 + 26 * minute)).toMatchObject({ status: 'paused', remainingMs: 10 * minute });
    expect(view(t0 + 26 * minute, ids[1])).toMatchObject({ status: 'done', elapsedMs: 5 * minute });
    startPart(doc, first, t0 + 30 * minute);
    expect(view(t0 + 31 * minute)).toMatchObject({ status: 'running', remainingMs: 9 * minute });
  });

  it('a pause in progress when moving on counts as pause, not as time used', () => {
    const { doc, ids, first, view } = setup();
    startPart(doc, first, t0);
    pause(doc, t0 + 10 * minute);
    goToPart(doc, ids[1] as string, t0 + 50 * minute);
    expect(view(t0 + 60 * minute)).toMatchObject({ status: 'done', elapsedMs: 10 * minute });
    expect(view(t0 + 60 * minute, ids[1]).status).toBe('notStarted');
  });

  it('next after the last part finishes the session', () => {
    const { doc, ids } = setup();
    startPart(doc, ids[2] as string, t0);
    nextPart(doc, ordered(ids), t0 + minute);
    expect(readRun(doc).finishedAt).toBe(t0 + minute);
  });

  it('refuses to pause or extend when no part is on screen', () => {
    const { doc } = setup();
    expect(pause(doc, t0)).toEqual({ ok: false, code: 'run.noCurrentPart' });
    expect(extend(doc, 5, t0)).toEqual({ ok: false, code: 'run.noCurrentPart' });
    finishRun(doc, t0);
    expect(resume(doc, t0)).toEqual({ ok: false, code: 'run.noCurrentPart' });
  });
});
