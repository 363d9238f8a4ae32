import { useEffect, useState } from 'react';

/**
 * The time now, refreshed a few times a second. Live screens derive every figure from stored
 * timestamps and this value, so nothing counts down inside a component: a reload, a second
 * window or a sleeping laptop that wakes up all show the same remaining time.
 */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
