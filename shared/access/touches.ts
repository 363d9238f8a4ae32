/**
 * What one update did to the document, described by place rather than by Yjs ids: the hub
 * collects a Touch for every struct the update inserted and every item it deleted, once Yjs has
 * integrated it (see electron/hub/sync/effects.ts), and the write policy (./policy.ts) judges
 * those places. Judging where things actually landed, not where an update's encoding says they
 * go, is what makes the check hold against hand-made updates.
 */

/** What a touched struct holds. */
export type TouchContent =
  | 'map'
  | 'array'
  | 'text'
  | 'xmlFragment'
  | 'xmlElement'
  | 'xmlText'
  | 'xmlHook'
  | 'json'
  | 'string'
  | 'format'
  | 'embed'
  | 'deleted'
  | 'binary'
  | 'subdocument';

export type Touch = {
  /**
   * Where the struct sits below its entry: the map keys from the entry down, with '*' for a
   * position inside a sequence (text, array, XML). [] is the entry's own value; ['text'] is the
   * field `text` of a record map; ['canvas', 'idea', '*'] is a character of a team's canvas field.
   */
  path: readonly string[];
  kind: 'insert' | 'delete';
  /** Created by this same update (an insert that lost a conflict at once shows up twice). */
  fresh: boolean;
  content: TouchContent;
  /** For an inserted JSON struct: its values (one for a map field; one or more in an array). */
  values?: readonly unknown[];
  /** For a deleted entry value (path []): what it held, read before garbage collection. */
  previous?: unknown;
};

/** The touches of one top-level entry: `root[key]`. */
export type EntryTouches = { root: string; key: string; touches: Touch[] };

/** What an update did to a whole root type (a struct directly in a root array or text has no key). */
export type RootTouches = { root: string; entries: Map<string, EntryTouches>; keyless: Touch[] };
