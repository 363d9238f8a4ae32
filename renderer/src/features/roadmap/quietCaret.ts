import type { Awareness } from 'y-protocols/awareness';

/**
 * The room's awareness as the caret extension should see it: unchanged, except that writing the
 * same caret again is a no-op.
 *
 * @tiptap/y-tiptap's caret plugin re-sends this writer's caret after every remote change to the
 * description, even when the caret did not move (its position is relative to the text, so it
 * never needs to). With n people in one description, each keystroke then made n - 1 laptops send
 * their caret, and the hub hand each of those to n - 1 others: on a description six people typed
 * into, a third of a watching laptop's outgoing messages. A caret that really moved still goes out.
 */
export function quietCaret(awareness: Awareness): Awareness {
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'setLocalStateField') {
        return (field: string, value: unknown) => {
          const current = (target.getLocalState() as Record<string, unknown> | null)?.[field];
          if (field === 'cursor' && value !== null && JSON.stringify(current) === JSON.stringify(value)) return;
          target.setLocalStateField(field, value);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
