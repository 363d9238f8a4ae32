import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPart, initWorkshop, localEdit, movePart, partsMap, readWorkshop, removePart, restorePart, setMeta, updatePart } from '../../../shared/workshop/doc';
import { agendaFromFormat, findFormat, newWorkshopFromFormat, optionalPartKeys, sessionFormats } from '../../../shared/workshop/formats';
import { schemaVersion } from '../../../shared/workshop/schema';
import { computeSchedule } from '../../../shared/agenda/timing';

const echo = (key: string) => key;

function forumDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, newWorkshopFromFormat({ id: 'w1', format: 'forum3', title: 'Forum', language: 'en', date: '2026-12-01', now: 1, leaveOut: ['vote'] }, echo));
  return doc;
}

const titles = (doc: Y.Doc) => readWorkshop(doc).parts.map((part) => part.title);

describe('session formats', () => {
  it('the three-part forum has three 30-minute parts with their questions, the second ending with a dot vote', () => {
    const parts = agendaFromFormat(findFormat('forum3'), echo);
    expect(parts.map((part) => [part.kind, part.minutes, part.questions.length])).toEqual([
      ['competencies', 30, 2],
      ['brainstorm', 20, 4],
      ['vote', 10, 1],
      ['roadmap', 30, 5],
    ]);
    expect(parts[1]!.questions[0]).toBe('formats.forum3.parts.challenges.q1');
    expect(parts[2]!.title).toBe('formats.forum3.parts.vote.title');
  });

  it('the forum’s dot vote can be left out: the cards then get its ten minutes', () => {
    const format = findFormat('forum3');
    expect(optionalPartKeys(format)).toEqual(['vote']);
    const parts = agendaFromFormat(format, echo, ['vote']);
    expect(parts.map((part) => [part.kind, part.minutes])).toEqual([
      ['competencies', 30],
      ['brainstorm', 30],
      ['roadmap', 30],
    ]);
    // Only optional steps can be left out.
    expect(agendaFromFormat(format, echo, ['roadmap'])).toHaveLength(4);
    expect(optionalPartKeys(findFormat('dialogue'))).toEqual([]);
  });

  it('a forum created without its vote still adds up to 90 minutes and validates', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, newWorkshopFromFormat({ id: 'x', format: 'forum3', title: 'T', language: 'en', date: '', now: 1, leaveOut: ['vote'] }, echo));
    const snapshot = readWorkshop(doc);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.parts.map((part) => part.kind)).toEqual(['competencies', 'brainstorm', 'roadmap']);
    expect(snapshot.parts.reduce((sum, part) => sum + part.minutes, 0)).toBe(90);
  });

  it('every format adds up to its planned length, with no idle gap inside a day, and validates', () => {
    for (const format of sessionFormats) {
      const doc = new Y.Doc();
      initWorkshop(doc, newWorkshopFromFormat({ id: 'x', format: format.id, title: 'T', language: 'en', date: '', now: 1 }, echo));
      const snapshot = readWorkshop(doc);
      expect(snapshot.problems).toEqual([]);
      expect(snapshot.parts.reduce((sum, part) => sum + part.minutes, 0)).toBe(format.plannedMinutes);
      const schedule = computeSchedule(format.startTime, snapshot.parts, format.endTime || undefined);
      expect(schedule.parts.filter((slot) => slot.waitBefore > 0 && slot.waitBefore < 12 * 60)).toEqual([]);
      expect(schedule.overrunMinutes ?? 0).toBe(0);
    }
  });
});

describe('workshop document', () => {
  it('reads back what was written, validated, with the current schema version', () => {
    const snapshot = readWorkshop(forumDoc());
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.meta).toMatchObject({ id: 'w1', title: 'Forum', format: 'forum3', schemaVersion, archived: false });
    expect(titles(forumDoc())).toEqual(['formats.forum3.parts.framework.title', 'formats.forum3.parts.challenges.title', 'formats.forum3.parts.roadmap.title']);
  });

  it('adds, updates, moves and removes parts, and restores a removed one in place', () => {
    const doc = forumDoc();
    const id = addPart(doc, { title: 'Break', kind: 'break', minutes: 15, questions: [], fixedStart: '' }, 1);
    expect(titles(doc)[1]).toBe('Break');
    updatePart(doc, id, { minutes: 20 });
    expect(readWorkshop(doc).parts[1]!.minutes).toBe(20);
    movePart(doc, id, 3);
    expect(titles(doc)[3]).toBe('Break');
    const removed = readWorkshop(doc).parts[0]!;
    removePart(doc, removed.id);
    expect(titles(doc)).toHaveLength(3);
    restorePart(doc, removed);
    expect(titles(doc)[0]).toBe(removed.title);
  });

  it('keeps order sane after many moves to the same place', () => {
    const doc = forumDoc();
    const ids = readWorkshop(doc).parts.map((part) => part.id);
    for (let round = 0; round < 80; round += 1) movePart(doc, ids[round % 3]!, 1);
    const order = readWorkshop(doc).parts;
    expect(new Set(order.map((part) => part.position)).size).toBe(3);
    expect(order).toHaveLength(3);
  });

  it('two people reordering at once never duplicate or lose a part', () => {
    const a = forumDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [first, , third] = readWorkshop(a).parts;
    movePart(a, first!.id, 2);
    movePart(b, third!.id, 0);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(titles(a)).toEqual(titles(b));
    expect(new Set(titles(a)).size).toBe(3);
  });

  it('reports invalid content instead of throwing, and keeps the sound parts', () => {
    const doc = forumDoc();
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      partsMap(doc).set('bad', bad);
      bad.set('id', 'bad');
      bad.set('minutes', -3);
    });
    doc.getMap('meta').set('startTime', '25:00');
    const snapshot = readWorkshop(doc);
    expect(snapshot.parts).toHaveLength(3);
    expect(snapshot.problems.some((problem) => problem.startsWith('agenda.bad.minutes'))).toBe(true);
    expect(snapshot.problems.some((problem) => problem.startsWith('details.startTime'))).toBe(true);
    expect(snapshot.meta).toBeUndefined();
  });

  it('flags a document written by a newer version', () => {
    const doc = forumDoc();
    doc.getMap('meta').set('schemaVersion', schemaVersion + 1);
    expect(readWorkshop(doc).newerSchema).toBe(true);
  });

  it('tags local edits so that undo can tell them from remote ones', () => {
    const doc = forumDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    setMeta(doc, { venue: 'Dhaka' });
    expect(origins).toEqual([localEdit]);
  });
});
