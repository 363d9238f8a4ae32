/**
 * Cheap checks on a scanned update (updateScan.ts) before the room's document is touched. They never accept
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
import type { ScannedStruct, ScannedUpdate, StructId } from './updateScan';

export type PrecheckReason = 'client-id' | 'out-of-order' | 'skip' | 'facilitator-root' | 'unknown-root' | 'too-large' | 'bad-parent' | 'forward-reference';
/**
 * `overlaps`: some client's structs start inside what the hub has (Yjs would cut them).
 * `allNew`: every struct of the update starts at or after what the hub has of its client, so
 * integrating it adds each struct exactly as encoded.
 */
export type Precheck = { ok: true; overlaps: boolean; allNew: boolean; clients: Set<number> } | { ok: false; reason: PrecheckReason };

export type PrecheckRules = {
  /** May this writer author structs under this client id, of which the hub has `known` clocks? */
  mayAuthor(client: number, known: number): boolean;
  /** Why this writer may not name this root as a struct's parent, if they may not. */
  rootRefusal(root: string): 'facilitator-root' | 'unknown-root' | undefined;
  maxStructs: number;
};

type Span = { start: number; end: number; structs: ScannedStruct[] };

export function precheckUpdate(update: ScannedUpdate, doc: Y.Doc, rules: PrecheckRules): Precheck {
  if (update.structs.length > rules.maxStructs) return { ok: false, reason: 'too-large' };
  const known = (client: number) => Y.getState(doc.store, client);
  // What the update brings per client: a scanned update lists each client's structs in clock order.
  const spans = new Map<number, Span>();
  for (const struct of update.structs) {
    const span = spans.get(struct.client);
    if (span) {
      span.end = struct.clock + struct.length;
      span.structs.push(struct);
    } else {
      spans.set(struct.client, { start: struct.clock, end: struct.clock + struct.length, structs: [struct] });
    }
  }
  let overlaps = false;
  let allNew = true;
  const clients = new Set<number>();
  for (const [client, span] of spans) {
    const have = known(client);
    if (span.start < have) allNew = false;
    // Entirely known already (a peer's edit that reached the hub first): Yjs skips it.
    if (span.end <= have) continue;
    if (!rules.mayAuthor(client, have)) return { ok: false, reason: 'client-id' };
    if (span.start > have) return { ok: false, reason: 'out-of-order' };
    if (span.start < have) overlaps = true;
    clients.add(client);
  }
  const isKnown = (id: StructId): boolean => id.clock < known(id.client) || findInSpan(spans, id) !== undefined;
  for (const struct of update.structs) {
    const parent = struct.parent;
    // Checked even for structs the hub already has: applying alone creates the named root.
    const refusal = typeof parent === 'string' ? rules.rootRefusal(parent) : undefined;
    if (refusal) return { ok: false, reason: refusal };
    if (struct.clock + struct.length <= known(struct.client)) continue;
    if (struct.kind === 'skip') return { ok: false, reason: 'skip' };
    if (struct.kind !== 'item') continue;
    if (refersForward(struct, struct.origin) || refersForward(struct, struct.rightOrigin) || (parent !== null && typeof parent !== 'string' && refersForward(struct, parent))) return { ok: false, reason: 'forward-reference' };
    if (struct.origin && !isKnown(struct.origin)) return { ok: false, reason: 'out-of-order' };
    if (struct.rightOrigin && !isKnown(struct.rightOrigin)) return { ok: false, reason: 'out-of-order' };
    if (parent !== null && typeof parent !== 'string' && !holdsType(doc, spans, parent)) return { ok: false, reason: isKnown(parent) ? 'bad-parent' : 'out-of-order' };
  }
  for (const [client, ranges] of update.deletes) {
    const reach = Math.max(known(client), spans.get(client)?.end ?? 0);
    for (const range of ranges) if (range.clock + range.len > reach) return { ok: false, reason: 'out-of-order' };
  }
  return { ok: true, overlaps, allNew, clients };
}

/** `id` names this struct's own client at this struct's clock or later: it cannot exist yet. */
function refersForward(struct: ScannedStruct, id: StructId | null): boolean {
  return id !== null && id.client === struct.client && id.clock >= struct.clock;
}

/** The struct of the update that covers `id`, by binary search in its client's span. */
function findInSpan(spans: ReadonlyMap<number, Span>, id: StructId): ScannedStruct | undefined {
  const span = spans.get(id.client);
  if (!span || id.clock < span.start || id.clock >= span.end) return undefined;
  let low = 0;
  let high = span.structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = span.structs[middle]!;
    if (id.clock < struct.clock) high = middle - 1;
    else if (id.clock >= struct.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}

/** The item a parent id names holds a shared type (in the replica, or in the update). */
function holdsType(doc: Y.Doc, spans: ReadonlyMap<number, Span>, id: StructId): boolean {
  if (id.clock < Y.getState(doc.store, id.client)) {
    const structs = doc.store.clients.get(id.client);
    const struct = structs?.[Y.findIndexSS(structs, id.clock)];
    // A collected parent is fine: Yjs integrates the child as garbage.
    return !(struct instanceof Y.Item) || struct.content instanceof Y.ContentType || struct.content instanceof Y.ContentDeleted;
  }
  return findInSpan(spans, id)?.holdsType === true;
}
