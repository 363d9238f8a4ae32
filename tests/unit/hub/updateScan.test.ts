import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scanUpdate, type ScanVerdict } from '../../../electron/hub/sync/updateScan';
import { craftUpdate } from '../../fixtures/craftUpdate';

/** Every kind of content the app (or Yjs) encodes, edits and deletions included. */
function honestUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const card = new Y.Map<unknown>();
  doc.getMap('cards').set('c1', card);
  card.set('text', 'A card');
  card.set('extra', { nested: [1, 2.5, 'three', null, true, false, undefined, { deeper: [new Uint8Array([1, 2])] }], big: 2n ** 40n });
  card.set('text', 'Edited');
  const text = new Y.Text('Hello world, café 😀 ok');
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

/** 'ok' for an update the scan walked, else its refusal. */
const verdict = (scan: ScanVerdict): string => (typeof scan === 'string' ? scan : 'ok');

/** What Yjs's own decoder makes of an update, in the scan's terms. */
function decodedByYjs(update: Uint8Array) {
  const { structs, ds } = Y.decodeUpdate(update);
  const id = (value: Y.ID | null) => (value ? { client: value.client, clock: value.clock } : null);
  return {
    structs: structs.map((struct) => {
      const item = struct instanceof Y.Item ? struct : null;
      const parent = item?.parent;
      return {
        client: struct.id.client,
        clock: struct.id.clock,
        length: struct.length,
        kind: item ? 'item' : struct instanceof Y.Skip ? 'skip' : 'gc',
        origin: id(item?.origin ?? null),
        rightOrigin: id(item?.rightOrigin ?? null),
        parent: typeof parent === 'string' ? parent : parent instanceof Y.ID ? id(parent) : null,
        holdsType: item?.content instanceof Y.ContentType,
      };
    }),
    deletes: new Map([...ds.clients].map(([client, ranges]) => [client, ranges.map(({ clock, len }) => ({ clock, len }))])),
  };
}

describe('the first look at an update’s bytes', () => {
  it('walks everything a Yjs encoder writes and reads each struct as Yjs does: id, length, origins, parent', () => {
    const update = honestUpdate();
    expect(scanUpdate(update, Number.POSITIVE_INFINITY)).toEqual(decodedByYjs(update));
    const structs = Y.decodeUpdate(update).structs.length;
    expect(verdict(scanUpdate(update, structs))).toBe('ok');
    expect(scanUpdate(update, structs - 1)).toBe('too-large');
    const merged = Y.mergeUpdates([update, honestUpdate()]);
    expect(scanUpdate(merged, Number.POSITIVE_INFINITY)).toEqual(decodedByYjs(merged));
  });

  it('counts each JSON value as a struct: 400,000 values in one struct are as many as 400,000 structs', () => {
    const values = (count: number) => craftUpdate([{ client: 3, clock: 0, parent: 'cards', parentSub: 'tiny', content: { any: new Array<boolean>(count).fill(true) } }]);
    expect(verdict(scanUpdate(values(50_000), 50_000))).toBe('ok');
    expect(scanUpdate(values(400_000), 50_000)).toBe('too-large');
  });

  it('refuses delete ranges that no encoder writes: repeated, descending, overlapping, touching or empty', () => {
    const client = 5;
    const items = [{ client, clock: 0, parent: 'cards', parentSub: 'k', content: { string: 'abcdefghij' } }];
    expect(verdict(scanUpdate(craftUpdate(items, [{ client, clock: 1, len: 1 }, { client, clock: 3, len: 2 }]), 100))).toBe('ok');
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

  it('calls anything cut short or unknown malformed, and a value nested deeper than Yjs’s reader survives, without overflowing itself', () => {
    const update = honestUpdate();
    for (const cut of [1, 10, update.length - 1]) expect(scanUpdate(update.subarray(0, cut), 100)).toBe('malformed');
    expect(scanUpdate(new Uint8Array([1, 1, 5, 0, 0x1f]), 100)).toBe('malformed');
    // Written by hand: lib0's own encoder would overflow its stack on the deeper value.
    const header = craftUpdate([{ client: 7, clock: 0, parent: 'cards', parentSub: 'x', content: { any: [] } }]);
    const nestedUpdate = (depth: number) => new Uint8Array([...header.subarray(0, header.length - 2), 1, ...new Array<number>(depth).fill(0).flatMap(() => [117, 1]), 127, 0]);
    expect(() => Y.decodeUpdate(nestedUpdate(100_000))).toThrow();
    expect(scanUpdate(nestedUpdate(100_000), 100)).toBe('malformed');
    expect(verdict(scanUpdate(nestedUpdate(500), 100))).toBe('ok');
    expect(() => Y.decodeUpdate(nestedUpdate(500))).not.toThrow();
  });

  it('fails wherever Yjs’s decoder would throw, so that applying what passed never stops half-way', () => {
    const stringItem = (bytes: number[]) => {
      const template = craftUpdate([{ client: 9, clock: 0, parent: 'cards', parentSub: 'k', content: { string: 'ab' } }]);
      // The template ends with the string's length and bytes ('ab'), then an empty delete set.
      return new Uint8Array([...template.subarray(0, template.length - 4), bytes.length, ...bytes, 0]);
    };
    expect(verdict(scanUpdate(stringItem([0x63, 0x61, 0x66, 0xc3, 0xa9]), 100))).toBe('ok');
    const notUtf8 = stringItem([0x61, 0xff, 0x62]);
    expect(() => Y.decodeUpdate(notUtf8)).toThrow();
    expect(scanUpdate(notUtf8, 100)).toBe('malformed');

    // A shared type Yjs does not know (type refs run from 0 to 6).
    const typed = craftUpdate([{ client: 9, clock: 0, parent: 'cards', parentSub: 'k', content: { type: 'map' } }]);
    const unknownType = new Uint8Array([...typed.subarray(0, typed.length - 2), 9, 0]);
    expect(() => Y.decodeUpdate(unknownType)).toThrow();
    expect(scanUpdate(unknownType, 100)).toBe('malformed');

    // Two runs of structs for one client: Yjs would keep only the second.
    const twice = craftUpdate([{ client: 9, clock: 0, parent: 'cards', parentSub: 'k', content: { any: [1] } }]);
    const body = twice.subarray(1, twice.length - 1);
    expect(scanUpdate(new Uint8Array([2, ...body, ...body, 0]), 100)).toBe('malformed');
  });
});
