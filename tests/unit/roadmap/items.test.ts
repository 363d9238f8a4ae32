import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../shared/activities/outcome';
import { descriptionOf, itemMap, readHistory, recordDescription, restoreVersion } from '../../../shared/roadmap/history';
import { acceptProposal, addItem, deleteItem, liveItems, mergeItem, moveItem, proposeItem, readItems, updateItem } from '../../../shared/roadmap/items';
import { fragmentToJson, paragraphs, plainText, writeFragment } from '../../../shared/roadmap/richText';
import { columnOf, parseHorizon } from '../../../shared/roadmap/horizons';
import { syncDocs } from '../../fixtures/workshop';

const host: Actor = { deviceId: 'host', name: 'Amina', role: 'facilitator' };
const guest: Actor = { deviceId: 'guest', name: 'Brian', role: 'participant' };
const part = 'roadmap-part';

function add(doc: Y.Doc, title: string, horizon: 'y1h1' | 'y1q3' | 'later' = 'y1h1'): string {
  const result = addItem(doc, part, { title, horizon, description: paragraphs(['First words']) }, host, 1);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value;
}

function item(doc: Y.Doc, id: string) {
  return readItems(doc).items.find((entry) => entry.id === id);
}

describe('roadmap items', () => {
  it('adds items with a description and refuses an empty title', () => {
    const doc = new Y.Doc();
    const id = add(doc, 'Use cases');
    expect(item(doc, id)).toMatchObject({ title: 'Use cases', status: 'proposed', horizon: 'y1h1' });
    expect(plainText(fragmentToJson(descriptionOf(itemMap(doc, id) as Y.Map<unknown>)))).toBe('First words');
    expect(addItem(doc, part, { title: '  ', horizon: 'later' }, host, 2)).toMatchObject({ ok: false, refusal: { code: 'roadmap.emptyTitle' } });
  });

  it('lets a participant propose and only the facilitator accept or merge', () => {
    const doc = new Y.Doc();
    const kept = add(doc, 'Trainings');
    const proposal = proposeItem(doc, part, { title: 'Peer mentoring', horizon: 'y1q3' }, guest, 2);
    if (!proposal.ok) throw new Error('refused');
    expect(item(doc, proposal.value)?.status).toBe('proposal');
    expect(updateItem(doc, proposal.value, { title: 'Peer mentoring scheme' }, guest, 3).ok).toBe(true);
    expect(updateItem(doc, kept, { title: 'Mine now' }, guest, 3)).toMatchObject({ ok: false, refusal: { code: 'roadmap.notAllowed' } });
    expect(acceptProposal(doc, proposal.value, guest, 4).ok).toBe(false);
    expect(acceptProposal(doc, proposal.value, host, 4).ok).toBe(true);
    expect(item(doc, proposal.value)?.status).toBe('proposed');
    expect(mergeItem(doc, proposal.value, kept, host).ok).toBe(true);
    expect(mergeItem(doc, kept, proposal.value, host)).toMatchObject({ ok: false, refusal: { code: 'roadmap.mergeSelf' } });
    expect(liveItems(readItems(doc).items, part).map((entry) => entry.title)).toEqual(['Trainings']);
  });

  it('moves an item to another horizon, before a given item', () => {
    const doc = new Y.Doc();
    const a = add(doc, 'A', 'later');
    const b = add(doc, 'B', 'later');
    const c = add(doc, 'C');
    expect(moveItem(doc, c, 'later', host, 5, b).ok).toBe(true);
    expect(liveItems(readItems(doc).items, part).filter((entry) => entry.horizon === 'later').map((entry) => entry.id)).toEqual([a, c, b]);
    deleteItem(doc, a, host, 6);
    expect(liveItems(readItems(doc).items, part).map((entry) => entry.id)).toEqual([c, b]);
  });

  it('merges concurrent edits to different fields of one item', () => {
    const a = new Y.Doc();
    const id = add(a, 'Blog');
    const b = new Y.Doc();
    syncDocs(a, b);
    updateItem(a, id, { title: 'Monthly blog' }, host, 2);
    moveItem(b, id, 'y1q3', host, 2);
    syncDocs(a, b);
    expect(item(a, id)).toMatchObject({ title: 'Monthly blog', horizon: 'y1q3' });
    expect(item(b, id)).toMatchObject({ title: 'Monthly blog', horizon: 'y1q3' });
  });
});

describe('item history', () => {
  it('logs who changed which fields and restores an earlier version, description included', () => {
    const doc = new Y.Doc();
    const id = add(doc, 'Seminars');
    updateItem(doc, id, { title: 'Regional seminars', owner: 'Kenya chapter' }, { ...host, name: 'Chen' }, 10);
    const description = descriptionOf(itemMap(doc, id) as Y.Map<unknown>);
    doc.transact(() => writeFragment(description, paragraphs(['Rewritten'])));
    expect(recordDescription(doc, id, guest, 20)).toBe(true);
    expect(recordDescription(doc, id, guest, 21)).toBe(false);
    const history = readHistory(doc, id);
    expect(history.map((entry) => entry.changed)).toEqual([['created'], ['title', 'owner'], ['description']]);
    expect(history[1]).toMatchObject({ byName: 'Chen', at: 10 });
    const first = history[0]?.id as string;
    expect(restoreVersion(doc, id, first, guest, 30).ok).toBe(false);
    expect(restoreVersion(doc, id, first, host, 30).ok).toBe(true);
    expect(item(doc, id)).toMatchObject({ title: 'Seminars', owner: '' });
    expect(plainText(fragmentToJson(description))).toBe('First words');
    expect(readHistory(doc, id).at(-1)).toMatchObject({ changed: ['restored'], restoredFrom: first });
  });

  it('keeps marks and nesting through a snapshot', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('probe');
    const nodes = [{ name: 'bulletList', children: [{ name: 'listItem', children: [{ name: 'paragraph', children: [{ text: 'plain ' }, { text: 'bold', marks: { bold: {} } }] }] }] }];
    doc.transact(() => writeFragment(fragment, nodes));
    expect(fragmentToJson(fragment)).toEqual(nodes);
  });
});

describe('horizons', () => {
  it('reads horizons as people write them and files them in columns', () => {
    expect(['y1q2', 'Y1 Q2', 'Year 1 Quarter 2', 'year 2, half 2', 'Later', 'Q2'].map(parseHorizon)).toEqual(['y1q2', 'y1q2', 'y1q2', 'y2h2', 'later', undefined]);
    expect(columnOf('y1q3', 'halves')).toBe('y1h2');
    expect(columnOf('y2h2', 'quarters')).toBe('y2q3');
  });
});
