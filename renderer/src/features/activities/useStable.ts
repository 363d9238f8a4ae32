import { useRef } from 'react';

/**
 * Keeps the previous object while its content is unchanged. Every document read builds fresh
 * objects; handing the same one on lets memoised children (a board of 2,000 cards) skip work.
 */
export function useStable<T>(value: T): T {
  const last = useRef<{ key: string; value: T }>(undefined);
  const key = JSON.stringify(value);
  if (!last.current || last.current.key !== key) last.current = { key, value };
  return last.current.value;
}

/** Compares two records field by field through JSON: for memo() on freshly read cards. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
