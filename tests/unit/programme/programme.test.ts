import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParticipant, removeParticipant } from '../../../shared/attendance/register';
import { checkProgrammeName, programmeWorkshopsMax, withoutWorkshop, withWorkshops, type Programme } from '../../../shared/programme/programme';
import { inProgrammeOrder, workshopFacts } from '../../../shared/programme/workshopFacts';
import { finishRun, goToPart } from '../../../shared/run/state';

const empty: Programme = { id: 'p1', name: 'Trainings 2026', workshopIds: [], createdAt: 1, updatedAt: 1 };

describe('a programme', () => {
  it('needs a name, trimmed, within the limit', () => {
    expect(checkProgrammeName('  Kenya, Rwanda, Senegal ')).toEqual({ ok: true, name: 'Kenya, Rwanda, Senegal' });
    expect(checkProgrammeName('   ')).toEqual({ ok: false, refusal: { code: 'programme.nameEmpty' } });
    expect(checkProgrammeName('x'.repeat(121))).toMatchObject({ ok: false, refusal: { code: 'programme.nameTooLong' } });
  });

  it('adds each workshop once, keeps the order, and removes one without touching the rest', () => {
    const added = withWorkshops(empty, ['a', 'b', 'a'], 5);
    if (!added.ok) throw new Error('refused');
    const again = withWorkshops(added.programme, ['b', 'c'], 6);
    if (!again.ok) throw new Error('refused');
    expect(again.programme.workshopIds).toEqual(['a', 'b', 'c']);
    expect(withoutWorkshop(again.programme, 'b', 7)).toMatchObject({ workshopIds: ['a', 'c'], updatedAt: 7 });
  });

  it('refuses to grow past its bound', () => {
    const ids = Array.from({ length: programmeWorkshopsMax + 1 }, (_, index) => `w${index}`);
    expect(withWorkshops(empty, ids, 2)).toMatchObject({ ok: false, refusal: { code: 'programme.full' } });
  });

  it('lists workshops by date, undated last', () => {
    const rows = [
      { date: '', title: 'Later' },
      { date: '2026-05-02', title: 'Rwanda' },
      { date: '2026-03-10', title: 'Kenya' },
    ];
    expect(inProgrammeOrder(rows).map((row) => row.title)).toEqual(['Kenya', 'Rwanda', 'Later']);
  });
});

describe('the facts a programme lists about a workshop', () => {
  it('counts attendance without removed people and follows the run from planned to held', () => {
    const doc = new Y.Doc();
    addParticipant(doc, { name: 'Amina' }, 1);
    const gone = addParticipant(doc, { name: 'Bo' }, 2);
    if (gone.ok) removeParticipant(doc, gone.value, 3);
    expect(workshopFacts(doc)).toEqual({ attendance: 1, status: 'planned' });
    goToPart(doc, 'part-1', 10, { start: true });
    expect(workshopFacts(doc).status).toBe('running');
    finishRun(doc, 20);
    expect(workshopFacts(doc).status).toBe('held');
  });
});
