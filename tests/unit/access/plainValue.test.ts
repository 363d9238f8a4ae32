import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainValue } from '../../../shared/access/plainValue';
import { cardSchema } from '../../../shared/activities/cards';
import { parseRecord } from '../../../shared/activities/records';

describe('stored values read as plain data, within limits', () => {
  it('keeps the order of a record’s fields, as a screen lists them', () => {
    const doc = new Y.Doc();
    const members = doc.getMap('members');
    members.set('p-ada', { name: 'Ada' });
    members.set('p-ben', { name: 'Ben', extra: { z: 1, y: 2 } });
    const plain = plainValue(members);
    expect(plain.ok && Object.keys(plain.value as object)).toEqual(['p-ada', 'p-ben']);
    expect(plain.ok && Object.keys((plain.value as { 'p-ben': { extra: object } })['p-ben'].extra)).toEqual(['z', 'y']);
  });

  it('an entry nested 100,000 levels deep is reported as unreadable, never thrown', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(plainValue({ id: 'c1', text: deep })).toEqual({ ok: false, problem: 'too-deep' });
    const read = parseRecord(cardSchema, { id: 'c1', text: deep });
    expect(read).toEqual({ ok: false, issues: ['too-deep'] });
  });

  it('an entry too large is reported as unreadable', () => {
    expect(plainValue({ text: 'x'.repeat(300 * 1024) })).toEqual({ ok: false, problem: 'too-large' });
    expect(plainValue(Array.from({ length: 30_000 }, (_, index) => index))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('rich text reads as its text, and nested shared types as plain data', () => {
    const doc = new Y.Doc();
    const item = doc.getMap('item');
    const fragment = new Y.XmlFragment();
    item.set('description', fragment);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Two counties first.')]);
    fragment.insert(0, [paragraph]);
    const history = new Y.Array<unknown>();
    item.set('history', history);
    history.push([{ at: 1 }]);
    expect(plainValue(item)).toEqual({ ok: true, value: { description: 'Two counties first.', history: [{ at: 1 }] }, chars: expect.any(Number) });
  });
});
