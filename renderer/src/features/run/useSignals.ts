import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartTimer } from '@shared/run/schema';
import { signalsBetween, type TimerSignal } from '@shared/run/timer';

const muteKey = 'baraza.run.muted';
/** How long the on-screen signal stays up after its moment. */
const showMs = 10_000;

const soundFiles: Record<TimerSignal, string> = { twoMinutes: 'sounds/two-minutes.wav', timeUp: 'sounds/time-up.wav' };

function play(signal: TimerSignal): void {
  // Relative to the page, so the same build finds the file over app://, http:// and file://.
  const audio = new Audio(new URL(soundFiles[signal], document.baseURI).href);
  // A browser may refuse sound before the first click on the page; the visual signal still shows.
  audio.play().catch(() => undefined);
}

export type Signals = { active: TimerSignal | undefined; muted: boolean; toggleMute: () => void };

/**
 * Fires the two-minute and time-up signals of the current part, once each. Every tick asks
 * signalsBetween for moments crossed since the last tick; the first tick after a (re)load or a
 * change of part only sets the starting point, so a reload never replays a signal.
 */
export function useSignals(partId: string | undefined, timer: PartTimer | undefined, plannedMinutes: number, now: number): Signals {
  const [muted, setMuted] = useState(() => localStorage.getItem(muteKey) === '1');
  const [shown, setShown] = useState<{ signal: TimerSignal; at: number; partId: string | undefined } | undefined>();
  const last = useRef<{ partId: string | undefined; at: number } | undefined>(undefined);

  useEffect(() => {
    const previous = last.current;
    last.current = { partId, at: now };
    if (!previous || previous.partId !== partId) return;
    const crossed = signalsBetween(timer, plannedMinutes, previous.at, now);
    const latest = crossed[crossed.length - 1];
    if (!latest) return;
    setShown({ signal: latest, at: now, partId });
    if (!muted) play(latest);
  }, [partId, timer, plannedMinutes, now, muted]);

  const toggleMute = useCallback(() => {
    setMuted((was) => {
      localStorage.setItem(muteKey, was ? '0' : '1');
      return !was;
    });
  }, []);

  const active = shown && shown.partId === partId && shown.at <= now && now - shown.at < showMs ? shown.signal : undefined;
  return { active, muted, toggleMute };
}
