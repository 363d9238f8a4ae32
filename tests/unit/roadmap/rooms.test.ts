import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from '../../../shared/activities/outcome';
import type { RoadmapActivity } from '../../../shared/activities/config';
import { defaultActivity } from '../../../shared/activities/config';
import { addComment, readComments, setThreadResolved, threadsByItem } from '../../../shared/roadmap/comments';
import { roadmapTimelineSource } from '../../../shared/roadmap/diagram';
import { addItem, liveItems, mergeItem, readItems } from '../../../shared/roadmap/items';
import { priorityView, voteForItem } from '../../../shared/roadmap/priorities';
import { applyTemplate, draftTemplate, templateKeys } from '../../../shared/roadmap/template';
import { roadmapEnglish } from '../../../shared/roadmap/strings.en';
import { readRun, setPollClosed } from '../../../shared/run/state';

const host: Actor = { deviceId: 'host', role: 'facilitator' };
const guest: Actor = { deviceId: 'guest', name: 'Brian', role: 'participant' };
const part = 'roadmap-part';
const config = defaultActivity('roadmap') as RoadmapActivity;
const en = (key: string): string => roadmapEnglish[key] ?? key;

function seeded(): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = ['Blog', 'Trainings', 'Seminars'].map((title, index) => {
    const result = addItem(doc, part, { title, horizon: 'y1h1' }, host, index);
    if (!result.ok) throw new Error(result.refusal.code);
    return result.value;
  });
  return { doc, ids };
}

describe('comments', () => {
  it('threads replies, resolves by author or facilitator, and follows merges', () => {
    const { doc, ids } = seeded();
    const [a, b] = ids as [string, string];
    const first = addComment(doc, b, 'Which countries first?', guest, 1);
    if (!first.ok) throw new Error('refused');
    addComment(doc, b, 'Start with Kenya and Rwanda.', host, 2, first.value);
    expect(addComment(doc, b, '   ', guest, 3)).toMatchObject({ ok: false, refusal: { code: 'comments.empty' } });
    expect(setThreadResolved(doc, first.value, true, { deviceId: 'other', role: 'participant' }, 4).ok).toBe(false);
    expect(setThreadResolved(doc, first.value, true, host, 4).ok).toBe(true);
    mergeItem(doc, b, a, host);
    const threads = threadsByItem(readComments(doc).comments, new Map(readItems(doc).items.map((item) => [item.id, item])));
    expect(threads.get(a)?.[0]).toMatchObject({ resolved: true, first: { text: 'Which countries first?' }, replies: [{ text: 'Start with Kenya and Rwanda.' }] });
  });
});

describe('priority votes', () => {
  it('spends the dot budget, counts merged items for the kept one, and stops when closed', () => {
    const { doc, ids } = seeded();
    const [a, b, c] = ids as [string, string, string];
    const input = () => ({ partId: part, config, run: readRun(doc) });
    expect(voteForItem(doc, input(), 'guest', a, 1).ok).toBe(true);
    expect(voteForItem(doc, input(), 'guest', a, 2)).toMatchObject({ ok: false, refusal: { code: 'votes.optionFull' } });
    voteForItem(doc, input(), 'guest', b, 3);
    voteForItem(doc, input(), 'guest', c, 4);
    expect(voteForItem(doc, input(), 'guest', c, 5)).toMatchObject({ ok: false, refusal: { code: 'votes.noDotsLeft' } });
    voteForItem(doc, input(), 'host', b, 6);
    mergeItem(doc, c, b, host);
    const view = priorityView(doc, input(), { deviceId: 'guest', role: 'participant' });
    // The guest's dots on b and c now sit on one item, and one dot per item is the rule: b
    // counts one from each voter, and the guest may spend the freed dot again.
    expect(view.myDotsLeft).toBe(1);
    expect(view.results.map((row) => [row.optionId, row.dots])).toEqual([
      [b, 2],
      [a, 1],
    ]);
    setPollClosed(doc, part, true, 7);
    expect(voteForItem(doc, input(), 'late', a, 8)).toMatchObject({ ok: false, refusal: { code: 'votes.closed' } });
  });
});

describe('template and timeline', () => {
  it('puts the draft template on the board with every string translated', () => {
    const doc = new Y.Doc();
    for (const item of draftTemplate) for (const key of Object.values(templateKeys(item))) expect(roadmapEnglish[key]).toBeTruthy();
    expect(applyTemplate(doc, part, en, host, 1).ok).toBe(true);
    expect(liveItems(readItems(doc).items, part)).toHaveLength(draftTemplate.length);
  });

  it('writes a timeline by horizon with escaped labels', () => {
    const { doc } = seeded();
    addItem(doc, part, { title: 'Hack: the <script> "x"', horizon: 'y2q4' }, host, 9);
    const source = roadmapTimelineSource(liveItems(readItems(doc).items, part), 'halves', { title: 'Roadmap', horizon: (h) => en(`roadmap.horizon.${h}`), year: (y) => `Year ${y}` });
    expect(source).toContain('section Year 1\n    Year 1, first half : Blog : Trainings : Seminars');
    expect(source).toContain('section Year 2\n    Year 2, second half : Hack∶ the ‹script› ”x”');
    expect(source).not.toMatch(/<|"x"/);
  });
});
