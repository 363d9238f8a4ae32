import * as Y from 'yjs';
import type { z } from 'zod';
import { plainValue } from '../access/plainValue';
import type { RecordProblem } from './outcome';

/**
 * Reading the many small records of a root (cards, questions, participants) in one place, so
 * every reader validates the same way: a record that fails its schema is skipped and reported,
 * never thrown. Records are kept either as nested Y.Maps (fields edited separately by different
 * people merge field by field) or as plain JSON values (written whole by one owner).
 */
export type ReadResult<T> = { records: T[]; problems: RecordProblem[] };

export function readRecords<S extends z.ZodType>(doc: Y.Doc, root: string, schema: S, keyFilter?: (key: string) => boolean): ReadResult<z.infer<S>> {
  const records: z.infer<S>[] = [];
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(root).forEach((value, key) => {
    if (keyFilter && !keyFilter(key)) return;
    const result = parseRecord(schema, value);
    if (result.ok) records.push(result.value);
    else problems.push({ root, key, issues: result.issues });
  });
  return { records, problems };
}

/**
 * One stored value checked against its schema, never throwing: the value is first copied to
 * plain data within the limits the hub enforces (plainValue), so an entry nested thousands of
 * levels deep, or too large, is reported as unreadable instead of overflowing the stack of
 * `toJSON()`, the validator or a screen.
 */
export function parseRecord<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.infer<S> } | { ok: false; issues: string[] } {
  const plain = plainValue(value);
  if (!plain.ok) return { ok: false, issues: [plain.problem] };
  try {
    const result = schema.safeParse(plain.value);
    return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  } catch (error) {
    return { ok: false, issues: [error instanceof Error ? error.message : String(error)] };
  }
}

/** Creates a nested Y.Map record under a fresh key. Callers transact. */
export function writeRecord(doc: Y.Doc, root: string, key: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [field, value] of Object.entries(fields)) if (value !== undefined) map.set(field, value);
  doc.getMap<unknown>(root).set(key, map);
  return map;
}

/** The nested map of a record, or undefined when the key holds something else. */
export function recordMap(doc: Y.Doc, root: string, key: string): Y.Map<unknown> | undefined {
  const value = doc.getMap<unknown>(root).get(key);
  return value instanceof Y.Map ? value : undefined;
}

/** Sets fields that changed, and deletes fields patched to undefined. Callers transact. */
export function patchRecord(map: Y.Map<unknown>, patch: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (map.has(field)) map.delete(field);
    } else if (JSON.stringify(map.get(field)) !== JSON.stringify(value)) {
      map.set(field, value);
    }
  }
}
