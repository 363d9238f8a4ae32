// Values nested far deeper than anything the app writes, as a hostile device builds them.
import { craftUpdate, type CraftedItem } from '../../../fixtures/craftUpdate';
import { freshClient } from './costlyFrames';

/**
 * An update putting at `root[key]` a map in a map in a map ... `depth` deep (12 bytes a level),
 * with `marker` at the bottom. Yjs stores it without complaint; every reader that walks it
 * recursively (toJSON, a schema, a screen) runs out of stack.
 */
export function deepEntryUpdate(root: string, key: string, depth: number, marker: string): Uint8Array {
  const client = freshClient();
  const items: CraftedItem[] = [{ client, clock: 0, parent: root, parentSub: key, content: { type: 'map' } }];
  for (let level = 1; level < depth; level++) items.push({ client, clock: level, parent: { client, clock: level - 1 }, parentSub: 'a', content: { type: 'map' } });
  items.push({ client, clock: depth, parent: { client, clock: depth - 1 }, parentSub: 'marker', content: { any: [marker] } });
  return craftUpdate(items);
}

/** A presence state as JSON text: {"user": {"name": [[[...]]]}} nested `depth` deep. */
export function deepPresenceState(depth: number): string {
  return `{"user":{"name":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}`;
}
