/**
 * A map that knows which entry was used least recently, in constant time per operation: a Map
 * for lookup plus a doubly linked list in order of use. (Re-inserting into a plain Map to keep
 * that order is not constant time: V8 leaves deleted slots at the front of its table, and
 * finding the first live entry walks over them.)
 */
interface Node<V> {
  key: string;
  value: V;
  older: Node<V> | undefined;
  newer: Node<V> | undefined;
}

export class RecencyMap<V> {
  private readonly nodes = new Map<string, Node<V>>();
  private oldest: Node<V> | undefined;
  private newest: Node<V> | undefined;

  get size(): number {
    return this.nodes.size;
  }

  /** The value for `key`, now the most recently used; undefined if absent. */
  use(key: string): V | undefined {
    const node = this.nodes.get(key);
    if (!node) return undefined;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  /** Adds `key` as the most recently used entry (replacing any entry it had). */
  add(key: string, value: V): void {
    this.delete(key);
    const node: Node<V> = { key, value, older: undefined, newer: undefined };
    this.nodes.set(key, node);
    this.append(node);
  }

  /** The least recently used entry, without counting this as a use. */
  leastRecent(): { key: string; value: V } | undefined {
    return this.oldest ? { key: this.oldest.key, value: this.oldest.value } : undefined;
  }

  delete(key: string): void {
    const node = this.nodes.get(key);
    if (!node) return;
    this.unlink(node);
    this.nodes.delete(key);
  }

  private append(node: Node<V>): void {
    node.older = this.newest;
    node.newer = undefined;
    if (this.newest) this.newest.newer = node;
    else this.oldest = node;
    this.newest = node;
  }

  private unlink(node: Node<V>): void {
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    if (node.newer) node.newer.older = node.older;
    else this.newest = node.older;
    node.older = node.newer = undefined;
  }
}
