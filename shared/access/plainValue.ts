import * as Y from 'yjs';

/**
 * Turns a stored value (JSON, or a shared type holding JSON) into plain data within limits, without
 * recursion: a value nested thousands of levels deep, which would overflow the stack of
 * `toJSON()`, zod or React, comes back as a problem instead of an exception. Rich text (XML
 * fragments) is summarised as its text, since no reader of the hub or the validators needs its
 * structure.
 */
export type PlainLimits = {
  depth: number;
  nodes: number;
  chars: number;
  /** Bytes of binary (Uint8Array) values kept as they are; without it, binary is refused. Only
   *  roots that store files (a hackathon's attachments) allow any. */
  bytes?: number;
};

export const entryLimits: PlainLimits = { depth: 24, nodes: 20_000, chars: 256 * 1024 };

export type PlainResult = { ok: true; value: unknown; chars: number } | { ok: false; problem: 'too-deep' | 'too-large' };

/** One value still to copy, and where its copy goes: into `parent[key]`, or the result when
 *  `parent` is null. Frames hold no closures, so copying a value allocates only the copy. */
type Frame = { source: unknown; parent: Record<string, unknown> | unknown[] | null; key: string | number; depth: number };

export function plainValue(root: unknown, limits: PlainLimits = entryLimits): PlainResult {
  let result: unknown;
  let nodes = 0;
  let chars = 0;
  let bytes = 0;
  const stack: Frame[] = [{ source: root, parent: null, key: 0, depth: 0 }];
  while (stack.length > 0) {
    const { source, parent, key, depth } = stack.pop()!;
    if (depth > limits.depth) return { ok: false, problem: 'too-deep' };
    if (++nodes > limits.nodes) return { ok: false, problem: 'too-large' };
    let value: unknown;
    if (typeof source === 'string') {
      chars += source.length;
      value = source;
    } else if (source instanceof Y.XmlFragment || source instanceof Y.Text) {
      const text = source instanceof Y.XmlFragment ? textOfFragment(source, limits.chars - chars) : source.toString();
      chars += text.length;
      value = text;
    } else if (source instanceof Y.Map || (typeof source === 'object' && source !== null && !Array.isArray(source) && !(source instanceof Y.AbstractType) && !(source instanceof Uint8Array))) {
      const target: Record<string, unknown> = {};
      value = target;
      const depthBelow = depth + 1;
      // Keys are placed in their order now; values arrive later from the stack, in any order.
      if (source instanceof Y.Map && source.doc !== null) {
        // What Y.Map's entries() yields (its live entries, in the same order), without its iterators.
        for (const [entryKey, item] of (source as Y.Map<unknown>)._map) {
          if (item.deleted) continue;
          chars += entryKey.length;
          target[entryKey] = undefined;
          stack.push({ source: item.content.getContent()[item.length - 1], parent: target, key: entryKey, depth: depthBelow });
        }
      } else {
        const entries: [string, unknown][] = source instanceof Y.Map ? Array.from(source.entries()) : Object.entries(source);
        for (const [entryKey, entryValue] of entries) {
          chars += entryKey.length;
          target[entryKey] = undefined;
          stack.push({ source: entryValue, parent: target, key: entryKey, depth: depthBelow });
        }
      }
    } else if (source instanceof Y.Array || Array.isArray(source)) {
      const items: unknown[] = source instanceof Y.Array ? source.toArray() : source;
      const target: unknown[] = new Array<unknown>(items.length);
      value = target;
      for (let index = 0; index < items.length; index++) stack.push({ source: items[index], parent: target, key: index, depth: depth + 1 });
    } else if (source instanceof Uint8Array && limits.bytes !== undefined) {
      bytes += source.length;
      if (bytes > limits.bytes) return { ok: false, problem: 'too-large' };
      value = source;
    } else if (source instanceof Y.AbstractType || source instanceof Uint8Array || typeof source === 'function' || typeof source === 'symbol' || typeof source === 'bigint') {
      // Types the app never stores (subdocuments; binary outside a root that allows it): kept out of plain data altogether.
      return { ok: false, problem: 'too-large' };
    } else {
      value = source;
    }
    if (parent === null) result = value;
    else (parent as Record<string | number, unknown>)[key] = value;
    if (chars > limits.chars) return { ok: false, problem: 'too-large' };
  }
  return { ok: true, value: result, chars };
}

/** The text of a rich-text fragment, walked without recursion and stopped past `budget`. */
function textOfFragment(fragment: Y.XmlFragment, budget: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: unknown[] = [fragment];
  while (stack.length > 0 && length <= budget) {
    const node = stack.pop()!;
    if (node instanceof Y.XmlText) {
      const text = node.toString();
      parts.push(text);
      length += text.length;
    } else if (node instanceof Y.XmlFragment) {
      const children = node.toArray();
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
  }
  return parts.join('');
}
