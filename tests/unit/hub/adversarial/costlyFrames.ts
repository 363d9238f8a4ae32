// Frames whose cost to the hub is out of proportion to their size, as a hostile device builds them.
import { randomInt } from 'node:crypto';
import { craftUpdate, type CraftedDeletion, type CraftedItem } from '../../../fixtures/craftUpdate';

/** A client id nobody has used (a hostile device may pick any), always five bytes long encoded. */
export const freshClient = (): number => randomInt(2 ** 28, 2 ** 31);

/**
 * Many structs under one fresh client id, chained by their origins, and many more delete ranges
 * over those same clocks. A check that, for every range, looked through every struct of the
 * update cost (structs x ranges): about 296 KiB made the old hub work for 13.7 s.
 */
export function structsTimesRanges(structs = 14_500, ranges = 46_200): Uint8Array {
  const client = freshClient();
  const items: CraftedItem[] = [];
  for (let clock = 0; clock < structs; clock++) {
    items.push({ client, clock, ...(clock === 0 ? { parent: 'cards' } : { origin: { client, clock: clock - 1 } }), content: { any: [clock % 100] } });
  }
  const deletions: CraftedDeletion[] = [];
  for (let index = 0; index < ranges; index++) deletions.push({ client, clock: (index * 7_919) % structs, len: 1 });
  return craftUpdate(items, deletions);
}

/**
 * An update that decodes and passes a check of its references, but that Yjs cannot integrate: a
 * struct names as its parent a later struct of its own client. Yjs throws half-way through
 * integrating it, so a hub that applied it has to rebuild the room from disk.
 */
export function throwsWhileIntegrating(): Uint8Array {
  const client = freshClient();
  return craftUpdate([
    { client, clock: 0, parent: { client, clock: 1 }, parentSub: 'text', content: { any: ['x'] } },
    { client, clock: 1, parent: 'cards', parentSub: `card-${client}`, content: { type: 'map' } },
  ]);
}
