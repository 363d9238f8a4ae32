import * as Y from 'yjs';

/**
 * Turns a stored value (JSON, or a shared type holding JSON) into plain data within limits, without
 * recursion: a value nested thousands of levels deep, which would overflow the stack of
 * `toJSON()`, zod or React, comes back as a problem instead of an exception. Rich text (XML
 * fragments) is summarised as its text, since no reader of the hub or the validators needs its
 * structure.
 */
export type PlainLimits = { depth: number; nodes: number; chars: number };

export const entryLimits: PlainLimits = { depth: 24, nodes: 20_000, chars: 256 * 1024 };

export type PlainResult = { ok: true; value: unknown; chars: number } | { ok: false; problem: 'too-deep' | 'too-large' };

type Frame = { source: unknown; assign: (value: unknown) => void; depth: number };

export function plainValue(root: unknown, limits: PlainLimits = entryLimits): PlainResult {
  let result: unknown;
  let nodes = 0;
  let chars = 0;
  const stack: Frame[] = [{ source: root, assign: (value) => (result = value), depth: 0 }];
  while (stack.length > 0) {
    const { source, assign, depth } = stack.pop()!;
    if (depth > limits.depth) return { ok: false, problem: 'too-deep' };
    if (++nodes > limits.nodes) return { ok: false, problem: 'too-large' };
    if (typeof source === 'string') {
      chars += source.length;
      assign(source);
    } else if (source instanceof Y.XmlFragment || source instanceof Y.Text) {
      const text = source instanceof Y.XmlFragment ? textOfFragment(source, limits.chars - chars) : source.toString();
      chars += text.length;
      assign(text);
    } else if (source instanceof Y.Map || (typeof source === 'object' && source !== null && !Array.isArray(source) && !(source instanceof Y.AbstractType) && !(source instanceof Uint8Array))) {
      const target: Record<string, unknown> = {};
      assign(target);
      const entries: [string, unknown][] = source instanceof Y.Map ? Array.from(source.entries()) : Object.entries(source);
      // Keys are placed in their order now; values arrive later from the stack, in any order.
      for (const [key] of entries) {
        chars += key.length;
        target[key] = undefined;
      }
      for (const [key, value] of entries) stack.push({ source: value, assign: (plain) => (target[key] = plain), depth: depth + 1 });
    } else if (source instanceof Y.Array || Array.isArray(source)) {
      const items: unknown[] = source instanceof Y.Array ? source.toArray() : source;
      const target: unknown[] = new Array<unknown>(items.length);
      assign(target);
      items.forEach((value, index) => stack.push({ source: value, assign: (plain) => (target[index] = plain), depth: depth + 1 }));
    } else if (source instanceof Y.AbstractType || source instanceof Uint8Array || typeof source === 'function' || typeof source === 'symbol' || typeof source === 'bigint') {
      // Types the app never stores (subdocuments, binary): kept out of plain data altogether.
      return { ok: false, problem: 'too-large' };
    } else {
      assign(source);
    }
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
