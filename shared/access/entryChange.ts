import type { EntryTouches, Touch } from './touches';

/**
 * One entry's touches, summarised the way the write rules ask about them: was the entry itself
 * given a value, was a value it already had deleted, which of its fields changed, and what
 * changed deeper inside which field.
 */
export type EntryChange = {
  root: string;
  key: string;
  /** A new value was put under the key (creating the entry, or replacing what was there). */
  set: boolean;
  /** A value the entry already had was deleted: replaced when `set`, removed otherwise. */
  removedExisting: boolean;
  /** Fields of a record map that were set or unset (touches one level below the entry). */
  fields: Set<string>;
  /** Touches two or more levels below the entry, by the field they sit in. */
  nested: Map<string, Touch[]>;
  /** Every touch, for rules that look at content kinds. */
  touches: readonly Touch[];
};

export function summariseEntry(entry: EntryTouches): EntryChange {
  const change: EntryChange = { root: entry.root, key: entry.key, set: false, removedExisting: false, fields: new Set(), nested: new Map(), touches: entry.touches };
  for (const touch of entry.touches) {
    const field = touch.path[0];
    if (field === undefined) {
      if (touch.kind === 'insert') change.set = true;
      else if (!touch.fresh) change.removedExisting = true;
    } else if (touch.path.length === 1) {
      change.fields.add(field);
    } else {
      const list = change.nested.get(field);
      if (list) list.push(touch);
      else change.nested.set(field, [touch]);
    }
  }
  return change;
}

/** Created in this update: a value was set and none existed before. */
export function isCreated(change: EntryChange): boolean {
  return change.set && !change.removedExisting;
}

/** Only fields of an existing record changed. */
export function isFieldEdit(change: EntryChange): boolean {
  return !change.set && !change.removedExisting;
}

/** Fields touched that are not in `allowed`. */
export function fieldsOutside(change: EntryChange, allowed: ReadonlySet<string>): string[] {
  const outside: string[] = [];
  for (const field of change.fields) if (!allowed.has(field)) outside.push(field);
  for (const field of change.nested.keys()) if (!allowed.has(field)) outside.push(field);
  return outside;
}
