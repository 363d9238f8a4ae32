import type { z } from 'zod';
import type { EntryChange } from '../entryChange';
import type { Lookups } from '../lookups';
import type { PlainResult } from '../plainValue';
import type { Touch, TouchContent } from '../touches';
import type { Writer } from '../writer';

/**
 * A write rule judges one entry a participant (or judge) touched: it returns the reason for a
 * refusal, or undefined to let it through. Reasons are short stable codes; the hub logs them and
 * sends them to the writer, whose app explains them in the person's language.
 */
export type RefusalReason =
  | 'facilitator-root'
  | 'unknown-root'
  | 'not-yours'
  | 'removal'
  | 'field'
  | 'content'
  | 'schema'
  | 'closed'
  | 'budget'
  | 'not-member'
  | 'not-judge'
  | 'own-team'
  | 'team-full'
  | 'too-deep'
  | 'too-large';

export type RuleContext = {
  writer: Writer;
  lookups: Lookups;
  /** The entry as it stands after the update, as bounded plain data (computed once). */
  after(): PlainResult;
};

export type Rule = (change: EntryChange, context: RuleContext) => RefusalReason | undefined;

/** The entry after the update, parsed by `schema`; a refusal reason when it does not parse. */
export function parsedAfter<S extends z.ZodType>(context: RuleContext, schema: S): { ok: true; value: z.infer<S> } | { ok: false; reason: RefusalReason } {
  const after = context.after();
  if (!after.ok) return { ok: false, reason: after.problem };
  const parsed = schema.safeParse(after.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'schema' };
}

/**
 * Checks what kinds of struct were inserted: the entry's own value must be `entry`, a field's
 * value one of `field`, and anything deeper one of `nested` (per field; fields not listed allow
 * nothing deeper). Deletions carry no content and pass.
 */
export function contentKinds(change: EntryChange, allowed: { entry: TouchContent; field: readonly TouchContent[]; nested?: Record<string, readonly TouchContent[]> }): RefusalReason | undefined {
  for (const touch of change.touches) {
    if (touch.kind !== 'insert' || touch.content === 'deleted') continue;
    if (!contentAllowed(touch, allowed)) return 'content';
  }
  return undefined;
}

function contentAllowed(touch: Touch, allowed: { entry: TouchContent; field: readonly TouchContent[]; nested?: Record<string, readonly TouchContent[]> }): boolean {
  const field = touch.path[0];
  if (field === undefined) return touch.content === allowed.entry;
  if (touch.path.length === 1) return allowed.field.includes(touch.content);
  return allowed.nested?.[field]?.includes(touch.content) ?? false;
}

/** The part of a key before and after its first '/': `<pollId>/<voterId>`, `<judgeId>/<submissionId>`. */
export function splitKey(key: string): [string, string] | undefined {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return undefined;
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Characters as people count them (an emoji is one). */
export function characters(text: string): number {
  return Array.from(text).length;
}
