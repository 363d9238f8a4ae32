import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scanUpdate } from '../../../electron/hub/sync/updateScan';
import { craftUpdate } from '../../fixtures/craftUpdate';

/** Every kind of content the app (or Yjs) encodes, edits and deletions included. */
function honestUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const card = new Y.Map<unknown>();
  doc.getMap('cards').set('c1', card);
  card.set('text', 'A card');
  card.set('extra', { nested: [1, 2.5, 'three', null, true, false, undefined, { deeper: [new Uint8Array([1, 2])] }], big: 2n ** 40n });
  card.set('text', 'Edited');
  const text = new Y.Text('Hello world');
  doc.getMap('teams').set('t1', text);
  text.delete(2, 3);
  text.format(0, 2, { bold: true });
  text.insertEmbed(1, { image: 'x' });
  const fragment = new Y.XmlFragment();
  doc.getMap('roadmap').set('r1', fragment);
  const element = new Y.XmlElement('paragraph');
  fragment.insert(0, [element, new Y.XmlText('plain')]);
  element.setAttribute('align', 'left');
  doc.getArray('list').insert(0, [new Uint8Array([9]), new Y.Doc({ guid: 'sub' })]);
  doc.getMap('votes').set('v', JSON.parse('{"dots":["a"]}'));
  return Y.encodeStateAsUpdate(doc);
}

describe('the first look at an update’s bytes', () => {
  it('walks everything a Yjs encoder writes, and agrees with Yjs on how many structs there are', () => {
    const update = honestUpdate();
    expect(scanUpdate(update, Number.POSITIVE_INFINITY)).toBe('ok');
    const structs = Y.decodeUpdate(update).structs.length;
    expect(scanUpdate(update, structs)).toBe('ok');
    expect(scanUpdate(update, structs - 1)).toBe('too-large');
    expect(scanUpdate(Y.mergeUpdates([update, honestUpdate()]), Number.POSITIVE_INFINITY)).toBe('ok');
  });

  it('counts each JSON value as a struct: 400,000 values in one struct are as many as 400,000 structs', () => {
    const values = (count: number) => craftUpdate([{ client: 3, clock: 0, parent: 'cards', parentSub: 'tiny', content: { any: new Array<boolean>(count).fill(true) } }]);
    expect(scanUpdate(values(50_000), 50_000)).toBe('ok');
    expect(scanUpdate(values(400_000), 50_000)).toBe('too-large');
  });

  it('refuses delete ranges that no encoder writes: repeated, descending, overlapping, touching or empty', () => {
    const client = 5;
    const items = [{ client, clock: 0, parent: 'cards', parentSub: 'k', content: { string: 'abcdefghij' } }];
    expect(scanUpdate(craftUpdate(items, [{ client, clock: 1, len: 1 }, { client, clock: 3, len: 2 }]), 100)).toBe('ok');
    for (const ranges of [
      [{ clock: 1, len: 1 }, { clock: 1, len: 1 }],
      [{ clock: 5, len: 1 }, { clock: 1, len: 1 }],
      [{ clock: 1, len: 3 }, { clock: 2, len: 1 }],
      [{ clock: 1, len: 1 }, { clock: 2, len: 1 }],
      [{ clock: 1, len: 0 }],
    ]) {
      expect(scanUpdate(craftUpdate(items, ranges.map((range) => ({ client, ...range }))), 100)).toBe('delete-set');
    }
  });

  it('calls anything cut short or unknown malformed, and walks a value nested 100,000 deep without overflowing', () => {
    const update = honestUpdate();
    for (const cut of [1, 10, update.length - 1]) expect(scanUpdate(update.subarray(0, cut), 100)).toBe('malformed');
    expect(scanUpdate(new Uint8Array([1, 1, 5, 0, 0x1f]), 100)).toBe('malformed');
    // Written by hand: lib0's own encoder would overflow its stack on this value.
    const header = craftUpdate([{ client: 7, clock: 0, parent: 'cards', parentSub: 'x', content: { any: [] } }]);
    const nested = new Uint8Array([...header.subarray(0, header.length - 2), 1, ...new Array<number>(100_000).fill(0).flatMap(() => [117, 1]), 127, 0]);
    expect(scanUpdate(nested, 100)).toBe('ok');
  });
});
