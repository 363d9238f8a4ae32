/**
 * Decides whether a participant's update may be integrated: it must not write (insert into or
 * delete from) a facilitator-owned root of the document, and it must not author structs under
 * a client id that a facilitator connection uses (that would let a participant occupy the ids
 * of the facilitator's next edits and so silence them).
 *
 * The update is decoded without touching the room's doc. For every struct the hub does not
 * already have, the root it lands in is found from its parent (a root name or the id of a
 * nested type) or, when the encoding leaves the parent out, from its left or right neighbour,
 * looked up in the room's doc or earlier in the same update. Deletions are resolved the same
 * way. A struct whose root cannot be resolved (it depends on something the hub has not seen)
 * is refused too: if it were held back, it could land in a facilitator root later.
 */
import * as Y from 'yjs';

export type GuardVerdict =
  | { ok: true }
  | { ok: false; reason: 'facilitator-root' | 'facilitator-client-id' | 'unresolvable' };

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type DecodedStruct = DecodedUpdate['structs'][number];

/** A resolved root name, 'collected' for content the doc already garbage-collected, or null. */
type RootResult = string | 'collected' | null;
const collected = 'collected' as const;
const maxTypeDepth = 10_000;

export function checkParticipantUpdate(
  update: DecodedUpdate,
  doc: Y.Doc,
  isProtectedRoot: (root: string) => boolean,
  facilitatorClientIds: ReadonlySet<number>,
): GuardVerdict {
  const inUpdate = indexStructsByClient(update.structs);
  const resolver = new RootResolver(doc, inUpdate);
  for (const struct of update.structs) {
    const known = Y.getState(doc.store, struct.id.client);
    if (struct.id.clock + struct.length <= known) continue; // a repeat of what the hub has: no effect
    if (struct instanceof Y.Skip) continue;
    if (facilitatorClientIds.has(struct.id.client)) return { ok: false, reason: 'facilitator-client-id' };
    if (!(struct instanceof Y.Item)) continue; // a GC struct carries no content and no parent
    const root = resolver.rootOfUpdateItem(struct);
    if (root === null) return { ok: false, reason: 'unresolvable' };
    if (root !== collected && isProtectedRoot(root)) return { ok: false, reason: 'facilitator-root' };
  }
  for (const [client, ranges] of update.ds.clients) {
    for (const range of ranges) {
      const verdict = checkDeletion(doc, inUpdate, client, range.clock, range.len, isProtectedRoot);
      if (!verdict.ok) return verdict;
    }
  }
  return { ok: true };
}

function checkDeletion(
  doc: Y.Doc,
  inUpdate: Map<number, DecodedStruct[]>,
  client: number,
  clock: number,
  len: number,
  isProtectedRoot: (root: string) => boolean,
): GuardVerdict {
  const end = clock + len;
  const known = Y.getState(doc.store, client);
  const structs = doc.store.clients.get(client);
  if (structs && clock < known) {
    // Walk the structs overlapping the range, not the clocks: a huge range costs no more than the store.
    for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
      const struct = structs[index];
      if (!struct || struct.id.clock >= end) break;
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      const root = rootOfIntegratedType(struct.parent);
      if (root === null) return { ok: false, reason: 'unresolvable' };
      if (root !== collected && isProtectedRoot(root)) return { ok: false, reason: 'facilitator-root' };
    }
  }
  if (end > known) {
    // Deleting what the hub has not seen: fine if this update creates it (already checked above).
    const created = inUpdate.get(client) ?? [];
    const coveredUntil = created.reduce((until, struct) => (struct.id.clock <= until ? Math.max(until, struct.id.clock + struct.length) : until), known);
    if (coveredUntil < end) return { ok: false, reason: 'unresolvable' };
  }
  return { ok: true };
}

function indexStructsByClient(structs: DecodedStruct[]): Map<number, DecodedStruct[]> {
  const byClient = new Map<number, DecodedStruct[]>();
  for (const struct of structs) {
    let list = byClient.get(struct.id.client);
    if (!list) byClient.set(struct.id.client, (list = []));
    list.push(struct);
  }
  return byClient;
}

/** Walks from a type up to its root and names it. */
function rootOfIntegratedType(type: unknown): RootResult {
  if (!(type instanceof Y.AbstractType)) return null;
  let current: Y.AbstractType<unknown> = type;
  for (let depth = 0; current._item !== null; depth++) {
    if (depth > maxTypeDepth) return null;
    const parent: unknown = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
  try {
    return Y.findRootTypeKey(current);
  } catch {
    return null;
  }
}

class RootResolver {
  private readonly memo = new Map<Y.Item, RootResult>();
  private readonly stepLimit: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly inUpdate: Map<number, DecodedStruct[]>,
  ) {
    let count = 0;
    for (const list of inUpdate.values()) count += list.length;
    this.stepLimit = count + 1;
  }

  /**
   * The root a not-yet-integrated item would land in. Follows parent or neighbour links through
   * the update iteratively (long chains of inserts are normal; recursion would overflow) and
   * memoises every item on the way; a cycle, possible only in a forged update, resolves to null.
   */
  rootOfUpdateItem(item: Y.Item): RootResult {
    const path: Y.Item[] = [];
    let current: Y.Item = item;
    let result: RootResult = null;
    for (let steps = 0; ; steps++) {
      const memoised = this.memo.get(current);
      if (memoised !== undefined) {
        result = memoised;
        break;
      }
      if (steps > this.stepLimit) break;
      path.push(current);
      const next = this.step(current);
      if (next instanceof Y.Item) {
        current = next;
        continue;
      }
      result = next;
      break;
    }
    for (const visited of path) this.memo.set(visited, result);
    return result;
  }

  /** Either the root (resolved from the doc) or the next item of the update to look at. */
  private step(item: Y.Item): RootResult | Y.Item {
    const parent: unknown = item.parent;
    if (typeof parent === 'string') return parent;
    if (parent instanceof Y.ID) {
      // Children of the type held by item `parent` live in the same root as that item.
      const integrated = this.findIntegrated(parent);
      if (integrated === collected) return collected;
      if (integrated) {
        // Yjs turns an item whose parent is not a type into garbage when it integrates it.
        return integrated.content instanceof Y.ContentType ? rootOfIntegratedType(integrated.content.type) : collected;
      }
      return this.findInUpdate(parent);
    }
    // The encoding omits the parent when a neighbour is known: the item lands in its parent.
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour === null) return null;
    const integrated = this.findIntegrated(neighbour);
    if (integrated === collected) return collected;
    if (integrated) return integrated.parent === null ? collected : rootOfIntegratedType(integrated.parent);
    return this.findInUpdate(neighbour);
  }

  private findIntegrated(id: Y.ID): Y.Item | typeof collected | null {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return null;
    const structs = this.doc.store.clients.get(id.client);
    if (!structs) return null;
    const struct = structs[Y.findIndexSS(structs, id.clock)];
    return struct instanceof Y.Item ? struct : collected;
  }

  /** Binary search: a decoded update lists each client's structs in clock order. */
  private findInUpdate(id: Y.ID): Y.Item | null {
    const list = this.inUpdate.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle]!;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct instanceof Y.Item ? struct : null;
    }
    return null;
  }
}
