import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParticipant, attendanceCounts, readParticipants, removeParticipant, restoreParticipant, updateParticipant } from '../../../shared/attendance/register';
import { syncDocs } from '../../fixtures/workshop';

describe('the attendance register', () => {
  it('quick add needs only a name; an email needs consent', () => {
    const doc = new Y.Doc();
    expect(addParticipant(doc, { name: '  ' }, 0)).toEqual({ ok: false, refusal: { code: 'participants.nameMissing' } });
    expect(addParticipant(doc, { name: 'Amina', email: 'a@example.org' }, 0)).toEqual({ ok: false, refusal: { code: 'participants.emailWithoutConsent' } });
    expect(addParticipant(doc, { name: 'Amina', email: 'nope', emailConsent: true }, 0)).toMatchObject({ ok: false, refusal: { code: 'participants.badEmail' } });
    expect(addParticipant(doc, { name: 'Amina', email: 'a@example.org', emailConsent: true }, 0).ok).toBe(true);
    expect(readParticipants(doc).participants).toHaveLength(1);
  });

  it('counts by group, gender and mode, with unanswered kept apart and removed people left out', () => {
    const doc = new Y.Doc();
    addParticipant(doc, { name: 'A', group: 'government', gender: 'woman', mode: 'onsite' }, 1);
    addParticipant(doc, { name: 'B', group: 'government', gender: 'man', mode: 'online' }, 2);
    addParticipant(doc, { name: 'C', group: 'media', gender: 'preferNotToSay', mode: 'onsite' }, 3);
    addParticipant(doc, { name: 'D' }, 4);
    const gone = addParticipant(doc, { name: 'E', group: 'academia', gender: 'woman', mode: 'onsite' }, 5);
    if (gone.ok) removeParticipant(doc, gone.value, 6);
    const counts = attendanceCounts(readParticipants(doc).participants);
    expect(counts.total).toBe(4);
    expect(counts.byGroup).toMatchObject({ government: 2, media: 1, academia: 0, notRecorded: 1 });
    expect(counts.byGender).toEqual({ woman: 1, man: 1, anotherIdentity: 0, preferNotToSay: 1, notRecorded: 1 });
    expect(counts.byMode).toEqual({ onsite: 2, online: 1, notRecorded: 1 });
    if (gone.ok) restoreParticipant(doc, gone.value);
    expect(attendanceCounts(readParticipants(doc).participants).byGroup.academia).toBe(1);
  });

  it('editing clears fields left empty, and withdrawing consent removes the email', () => {
    const doc = new Y.Doc();
    const added = addParticipant(doc, { name: 'A', gender: 'woman', email: 'a@example.org', emailConsent: true }, 1);
    if (!added.ok) throw new Error('refused');
    updateParticipant(doc, added.value, { name: 'A', emailConsent: false });
    const [person] = readParticipants(doc).participants;
    expect(person?.gender).toBeUndefined();
    expect(person?.email).toBeUndefined();
  });

  it('a record holding an email without consent (from a bad peer) is skipped and reported', () => {
    const doc = new Y.Doc();
    doc.getMap('participants').set('bad', { id: 'bad', name: 'X', organisation: '', country: '', email: 'x@example.org', emailConsent: false, createdAt: 0, source: 'self' });
    const { participants, problems } = readParticipants(doc);
    expect(participants).toHaveLength(0);
    expect(problems[0]?.key).toBe('bad');
  });

  it('two laptops adding people at the same time keep everyone', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addParticipant(a, { name: 'From A', mode: 'onsite' }, 1);
    addParticipant(b, { name: 'From B', mode: 'online' }, 2);
    syncDocs(a, b);
    expect(attendanceCounts(readParticipants(a).participants).byMode).toEqual({ onsite: 1, online: 1, notRecorded: 0 });
    expect(readParticipants(b).participants.map((p) => p.name)).toEqual(['From A', 'From B']);
  });
});

describe('labels', () => {
  it('every group, gender, mode and import field has English text', async () => {
    const { attendanceEnglish } = await import('../../../shared/attendance/strings.en');
    const { attendanceModes, genders, genderKey, groupKey, modeKey, stakeholderGroups } = await import('../../../shared/attendance/schema');
    const { importFieldKey, importFields } = await import('../../../shared/attendance/mapping');
    const keys = [...stakeholderGroups.map(groupKey), ...genders.map(genderKey), ...attendanceModes.map(modeKey), ...importFields.map(importFieldKey)];
    expect(keys.filter((key) => !attendanceEnglish[key])).toEqual([]);
  });
});
