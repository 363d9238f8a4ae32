import type { WorkshopSnapshot } from '../workshop/doc';

/**
 * How many things a merge changed, counted the way an organiser would: each detail of the
 * workshop (title, venue, date…) and each agenda part that was added, removed or edited counts
 * once, however many keystrokes it took.
 */
export function countChanges(before: WorkshopSnapshot, after: WorkshopSnapshot): number {
  const beforeMeta: Record<string, unknown> = before.meta ?? {};
  const afterMeta: Record<string, unknown> = after.meta ?? {};
  let count = differingKeys(beforeMeta, afterMeta);
  const beforeParts = new Map(before.parts.map((part) => [part.id, part as Record<string, unknown>]));
  const afterParts = new Map(after.parts.map((part) => [part.id, part as Record<string, unknown>]));
  for (const id of new Set([...beforeParts.keys(), ...afterParts.keys()])) {
    const was = beforeParts.get(id);
    const now = afterParts.get(id);
    if (!was || !now || differingKeys(was, now) > 0) count += 1;
  }
  return count;
}

function differingKeys(a: Record<string, unknown>, b: Record<string, unknown>): number {
  let count = 0;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) count += 1;
  }
  return count;
}
