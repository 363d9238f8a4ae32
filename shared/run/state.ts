import type * as Y from 'yjs';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { RecordProblem } from '../activities/outcome';
import type { PartTimer, PollState, RunEvent, RunLogEntry } from './schema';
import {
  currentPartKey,
  finishedAtKey,
  logPrefix,
  partTimerSchema,
  pollPrefix,
  pollStateSchema,
  runLogEntrySchema,
  runRoot,
  timerPrefix,
} from './schema';

/** Everything stored about the run, validated. Bad entries are skipped and listed in problems. */
export type RunState = {
  currentPartId: string | undefined;
  finishedAt: number | undefined;
  timers: ReadonlyMap<string, PartTimer>;
  polls: ReadonlyMap<string, PollState>;
  /** Every action, oldest first. */
  log: RunLogEntry[];
  problems: RecordProblem[];
};

export function runMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(runRoot);
}

export function readRun(doc: Y.Doc): RunState {
  const timers = new Map<string, PartTimer>();
  const polls = new Map<string, PollState>();
  const log: RunLogEntry[] = [];
  const problems: RecordProblem[] = [];
  let currentPartId: string | undefined;
  let finishedAt: number | undefined;
  const report = (key: string, issue: string) => problems.push({ root: runRoot, key, issues: [issue] });
  runMap(doc).forEach((value, key) => {
    if (key === currentPartKey) {
      if (typeof value === 'string' && value !== '') currentPartId = value;
      else if (value !== '') report(key, 'not a part id');
    } else if (key === finishedAtKey) {
      if (typeof value === 'number' && Number.isFinite(value)) finishedAt = value;
      else report(key, 'not a time');
    } else if (key.startsWith(timerPrefix)) {
      const parsed = partTimerSchema.safeParse(value);
      if (parsed.success) timers.set(key.slice(timerPrefix.length), parsed.data);
      else report(key, parsed.error.message);
    } else if (key.startsWith(pollPrefix)) {
      const parsed = pollStateSchema.safeParse(value);
      if (parsed.success) polls.set(key.slice(pollPrefix.length), parsed.data);
      else report(key, parsed.error.message);
    } else if (key.startsWith(logPrefix)) {
      const parsed = runLogEntrySchema.safeParse(value);
      if (parsed.success) log.push(parsed.data);
      else report(key, parsed.error.message);
    }
    // Unknown keys belong to a newer version: leave them alone and say nothing.
  });
  log.sort((a, b) => a.at - b.at);
  return { currentPartId, finishedAt, timers, polls, log, problems };
}

export type RunRefusalCode = 'run.noCurrentPart' | 'run.notStarted' | 'run.notRunning' | 'run.notPaused' | 'run.alreadyEnded' | 'run.badMinutes' | 'run.unknownPart' | 'run.noNextPart' | 'run.noPreviousPart';

/** What an action did: `ok` false carries a code for the renderer to explain (rarely shown:
 *  the run screen disables buttons that would be refused). */
export type RunResult = { ok: true } | { ok: false; code: RunRefusalCode };

const done: RunResult = { ok: true };
const no = (code: RunRefusalCode): RunResult => ({ ok: false, code });

function setTimer(doc: Y.Doc, partId: string, timer: PartTimer): void {
  runMap(doc).set(timerPrefix + partId, { ...timer });
}

function logEvent(doc: Y.Doc, partId: string, event: RunEvent, at: number, minutes?: number): void {
  const entry: RunLogEntry = minutes === undefined ? { partId, event, at } : { partId, event, at, minutes };
  runMap(doc).set(logPrefix + randomId(), entry);
}

/** Stops a part's clock for good (until reopened). A pause in progress counts as paused time. */
function endPart(doc: Y.Doc, partId: string, timer: PartTimer, now: number): void {
  if (timer.endedAt !== null) return;
  const pausedMs = timer.pausedAt !== null ? timer.pausedMs + Math.max(0, now - timer.pausedAt) : timer.pausedMs;
  setTimer(doc, partId, { ...timer, pausedAt: null, pausedMs, endedAt: now });
  logEvent(doc, partId, 'ended', now);
}

/** Ends whatever part is current, if it is under way. Callers transact. */
function leaveCurrent(doc: Y.Doc, state: RunState, now: number): void {
  const id = state.currentPartId;
  const timer = id ? state.timers.get(id) : undefined;
  if (id && timer) endPart(doc, id, timer, now);
}

/**
 * Starts (or carries on) a part and makes it current. A part never started gets a fresh clock;
 * a part that was ended earlier is reopened and its clock carries on from where it stopped, the
 * time away counted as a pause; a paused part resumes.
 */
export function startPart(doc: Y.Doc, partId: string, now: number): RunResult {
  doc.transact(() => {
    const state = readRun(doc);
    if (state.currentPartId !== partId) leaveCurrent(doc, state, now);
    openPart(doc, state, partId, now, true);
  }, localEdit);
  return done;
}

/** Makes a part current; starts its clock only when `start` is set. Callers transact. */
function openPart(doc: Y.Doc, state: RunState, partId: string, now: number, start: boolean): void {
  const map = runMap(doc);
  if (map.get(currentPartKey) !== partId) map.set(currentPartKey, partId);
  if (map.has(finishedAtKey)) map.delete(finishedAtKey);
  const timer = state.timers.get(partId);
  if (!timer) {
    if (!start) return;
    setTimer(doc, partId, { startedAt: now, pausedAt: null, pausedMs: 0, extendedMinutes: 0, endedAt: null });
    logEvent(doc, partId, 'started', now);
    return;
  }
  let next = timer;
  if (timer.endedAt !== null) {
    // Reopened: frozen at the moment it ended, as if paused then.
    next = { ...timer, pausedAt: timer.endedAt, endedAt: null };
    logEvent(doc, partId, 'reopened', now);
  }
  if (start && next.pausedAt !== null) {
    next = { ...next, pausedMs: next.pausedMs + Math.max(0, now - next.pausedAt), pausedAt: null };
    logEvent(doc, partId, 'resumed', now);
  }
  if (next !== timer) setTimer(doc, partId, next);
}

function withCurrent(doc: Y.Doc, action: (partId: string, timer: PartTimer | undefined) => RunResult): RunResult {
  let result: RunResult = done;
  doc.transact(() => {
    const state = readRun(doc);
    const id = state.currentPartId;
    result = id ? action(id, state.timers.get(id)) : no('run.noCurrentPart');
  }, localEdit);
  return result;
}

export function pause(doc: Y.Doc, now: number): RunResult {
  return withCurrent(doc, (partId, timer) => {
    if (!timer) return no('run.notStarted');
    if (timer.endedAt !== null) return no('run.alreadyEnded');
    if (timer.pausedAt !== null) return no('run.notRunning');
    setTimer(doc, partId, { ...timer, pausedAt: now });
    logEvent(doc, partId, 'paused', now);
    return done;
  });
}

export function resume(doc: Y.Doc, now: number): RunResult {
  return withCurrent(doc, (partId, timer) => {
    if (!timer) return no('run.notStarted');
    if (timer.endedAt !== null) return no('run.alreadyEnded');
    if (timer.pausedAt === null) return no('run.notPaused');
    setTimer(doc, partId, { ...timer, pausedAt: null, pausedMs: timer.pausedMs + Math.max(0, now - timer.pausedAt) });
    logEvent(doc, partId, 'resumed', now);
    return done;
  });
}

/** Adds minutes to the current part (+1, +5); a negative number takes minutes back, never
 *  below the planned length. Works whether the part runs or is paused. */
export function extend(doc: Y.Doc, minutes: number, now: number): RunResult {
  if (!Number.isInteger(minutes) || minutes === 0 || Math.abs(minutes) > 120) return no('run.badMinutes');
  return withCurrent(doc, (partId, timer) => {
    if (!timer) return no('run.notStarted');
    if (timer.endedAt !== null) return no('run.alreadyEnded');
    const extendedMinutes = Math.min(720, Math.max(0, timer.extendedMinutes + minutes));
    if (extendedMinutes === timer.extendedMinutes) return no('run.badMinutes');
    setTimer(doc, partId, { ...timer, extendedMinutes });
    logEvent(doc, partId, 'extended', now, extendedMinutes - timer.extendedMinutes);
    return done;
  });
}

/**
 * Goes to any part (the "back" button, or a click on the agenda). The part left is ended. The
 * part gone to is shown without starting its clock unless `start` is set; a part that had run
 * before is reopened paused, so pressing start carries on its clock.
 */
export function goToPart(doc: Y.Doc, partId: string, now: number, options: { start?: boolean } = {}): RunResult {
  doc.transact(() => {
    const state = readRun(doc);
    if (state.currentPartId !== partId) leaveCurrent(doc, state, now);
    openPart(doc, state, partId, now, options.start ?? false);
  }, localEdit);
  return done;
}

/** Ids of the agenda in order; the caller passes readWorkshop(doc).parts. */
type Ordered = readonly { id: string }[];

/** Ends the current part and starts the next one in the agenda (or finishes the run after the
 *  last part). Before the run starts, "next" starts the first part. */
export function nextPart(doc: Y.Doc, parts: Ordered, now: number, options: { start?: boolean } = {}): RunResult {
  const state = readRun(doc);
  const index = state.currentPartId ? parts.findIndex((part) => part.id === state.currentPartId) : -1;
  if (state.currentPartId && index < 0) return no('run.unknownPart');
  const next = parts[index + 1];
  if (!next) return state.currentPartId ? finishRun(doc, now) : no('run.noNextPart');
  return goToPart(doc, next.id, now, { start: options.start ?? true });
}

/** Goes back to the part before the current one, reopened and paused. */
export function previousPart(doc: Y.Doc, parts: Ordered, now: number): RunResult {
  const state = readRun(doc);
  const index = parts.findIndex((part) => part.id === state.currentPartId);
  const previous = index > 0 ? parts[index - 1] : undefined;
  if (!previous) return no('run.noPreviousPart');
  return goToPart(doc, previous.id, now);
}

/** Ends the current part and marks the session finished. The current part stays on screen. */
export function finishRun(doc: Y.Doc, now: number): RunResult {
  doc.transact(() => {
    const state = readRun(doc);
    leaveCurrent(doc, state, now);
    runMap(doc).set(finishedAtKey, now);
    logEvent(doc, state.currentPartId ?? '', 'finished', now);
  }, localEdit);
  return done;
}

/** Clears the whole run (after a rehearsal). Cards, votes and the register are kept. */
export function resetRun(doc: Y.Doc): void {
  doc.transact(() => {
    const map = runMap(doc);
    for (const key of Array.from(map.keys())) map.delete(key);
  }, localEdit);
}

/** Opens or closes a vote. A hidden vote shows its results to participants once closed. */
export function setPollClosed(doc: Y.Doc, partId: string, closed: boolean, now: number): void {
  doc.transact(() => runMap(doc).set(pollPrefix + partId, { closed, changedAt: now } satisfies PollState), localEdit);
}

export function isPollClosed(state: RunState, partId: string): boolean {
  return state.polls.get(partId)?.closed ?? false;
}

/** When each part really ran: first start and last end, from the timers; in start order. */
export type RunLogRow = { partId: string; startedAt: number; endedAt: number | undefined; activeMs: number; extendedMinutes: number };

export function runLogRows(state: RunState, now: number): RunLogRow[] {
  const rows: RunLogRow[] = [];
  for (const [partId, timer] of state.timers) {
    const until = timer.endedAt ?? timer.pausedAt ?? now;
    rows.push({
      partId,
      startedAt: timer.startedAt,
      endedAt: timer.endedAt ?? undefined,
      activeMs: Math.max(0, until - timer.startedAt - timer.pausedMs),
      extendedMinutes: timer.extendedMinutes,
    });
  }
  return rows.sort((a, b) => a.startedAt - b.startedAt);
}
