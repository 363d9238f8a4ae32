/**
 * Cheap checks on a decoded update before the room's document is touched. They never accept
 * anything on their own (the effect, judged after integration, decides); they refuse early what
 * would otherwise cost a rebuild of the replica, and what Yjs would park instead of integrating:
 *
 * - structs under a client id the writer does not own (someone else's, or one with history the
 *   hub cannot attribute): the squatting that silences another writer's future edits;
 * - gaps (a struct beyond what the hub has of its client) and Skips;
 * - references (origin, right origin, parent) to ids the hub has not seen and the update does
 *   not carry, and deletions of ids nobody has written yet: both would be parked by Yjs as
 *   pending and integrated later, when someone else's update fills the gap;
 * - references from a struct to a later clock of its own client: Yjs integrates a client's
 *   structs in clock order and throws half-way through on such a struct, after it has changed
 *   the document (which then costs a rebuild from disk);
 * - a root named by a participant that is not a participant root: applying would create the root
 *   in the replica even if the update were refused afterwards.
 */
import * as Y from 'yjs';

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export type PrecheckReason = 'client-id' | 'out-of-order' | 'skip' | 'facilitator-root' | 'unknown-root' | 'too-large' | 'bad-parent' | 'forward-reference';
export type Precheck = { ok: true; overlaps: boolean; clients: Set<number> } | { ok: false; reason: PrecheckReason };

export type PrecheckRules = {
  /** May this writer author structs under this client id, of which the hub has `known` clocks? */
  mayAuthor(client: number, known: number): boolean;
  /** Why this writer may not name this root as a struct's parent, if they may not. */
  rootRefusal(root: string): 'facilitator-root' | 'unknown-root' | undefined;
  maxStructs: number;
};

type Struct = DecodedUpdate['structs'][number];
type Span = { start: number; end: number; structs: Struct[] };

export function precheckUpdate(update: DecodedUpdate, doc: Y.Doc, rules: PrecheckRules): Precheck {
  if (update.structs.length > rules.maxStructs) return { ok: false, reason: 'too-large' };
  const known = (client: number) => Y.getState(doc.store, client);
  // What the update brings per client: a decoded update lists each client's structs in clock order.
  const spans = new Map<number, Span>();
  for (const struct of update.structs) {
    const span = spans.get(struct.id.client);
    if (span) {
      span.end = struct.id.clock + struct.length;
      span.structs.push(struct);
    } else {
      spans.set(struct.id.client, { start: struct.id.clock, end: struct.id.clock + struct.length, structs: [struct] });
    }
  }
  let overlaps = false;
  const clients = new Set<number>();
  for (const [client, span] of spans) {
    const have = known(client);
    // Entirely known already (a peer's edit that reached the hub first): Yjs skips it.
    if (span.end <= have) continue;
    if (!rules.mayAuthor(client, have)) return { ok: false, reason: 'client-id' };
    if (span.start > have) return { ok: false, reason: 'out-of-order' };
    if (span.start < have) overlaps = true;
    clients.add(client);
  }
  const isKnown = (id: Y.ID): boolean => id.clock < known(id.client) || findInSpan(spans, id) !== undefined;
  for (const struct of update.structs) {
    const parent: unknown = struct instanceof Y.Item ? struct.parent : undefined;
    // Checked even for structs the hub already has: decoding alone creates the named root.
    const refusal = typeof parent === 'string' ? rules.rootRefusal(parent) : undefined;
    if (refusal) return { ok: false, reason: refusal };
    if (struct.id.clock + struct.length <= known(struct.id.client)) continue;
    if (struct instanceof Y.Skip) return { ok: false, reason: 'skip' };
    if (!(struct instanceof Y.Item)) continue;
    if (refersForward(struct, struct.origin) || refersForward(struct, struct.rightOrigin) || (parent instanceof Y.ID && refersForward(struct, parent))) return { ok: false, reason: 'forward-reference' };
    if (struct.origin && !isKnown(struct.origin)) return { ok: false, reason: 'out-of-order' };
    if (struct.rightOrigin && !isKnown(struct.rightOrigin)) return { ok: false, reason: 'out-of-order' };
    if (parent instanceof Y.ID && !holdsType(doc, spans, parent)) return { ok: false, reason: isKnown(parent) ? 'bad-parent' : 'out-of-order' };
  }
  for (const [client, ranges] of update.ds.clients) {
    const reach = Math.max(known(client), spans.get(client)?.end ?? 0);
    for (const range of ranges) if (range.clock + range.len > reach) return { ok: false, reason: 'out-of-order' };
  }
  return { ok: true, overlaps, clients };
}

/** `id` names this struct's own client at this struct's clock or later: it cannot exist yet. */
function refersForward(struct: Y.Item, id: Y.ID | null): boolean {
  return id !== null && id.client === struct.id.client && id.clock >= struct.id.clock;
}

/** The struct of the update that covers `id`, by binary search in its client's span. */
function findInSpan(spans: ReadonlyMap<number, Span>, id: Y.ID): Struct | undefined {
  const span = spans.get(id.client);
  if (!span || id.clock < span.start || id.clock >= span.end) return undefined;
  let low = 0;
  let high = span.structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = span.structs[middle]!;
    if (id.clock < struct.id.clock) high = middle - 1;
    else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}

/** The item a parent id names holds a shared type (in the replica, or in the update). */
function holdsType(doc: Y.Doc, spans: ReadonlyMap<number, Span>, id: Y.ID): boolean {
  if (id.clock < Y.getState(doc.store, id.client)) {
    const structs = doc.store.clients.get(id.client);
    const struct = structs?.[Y.findIndexSS(structs, id.clock)];
    // A collected parent is fine: Yjs integrates the child as garbage.
    return !(struct instanceof Y.Item) || struct.content instanceof Y.ContentType || struct.content instanceof Y.ContentDeleted;
  }
  const struct = findInSpan(spans, id);
  return struct instanceof Y.Item && struct.content instanceof Y.ContentType;
}
