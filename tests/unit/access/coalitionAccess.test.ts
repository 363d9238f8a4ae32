import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readParticipants, registerSelf, updateParticipant } from '../../../shared/attendance/register';
import { participantsRoot } from '../../../shared/attendance/schema';
import { setCoalitionInterest, withdrawCoalitionInterest } from '../../../shared/coalition/interest';
import { coalitionRoot, coalitionSettingsKey } from '../../../shared/coalition/schema';
import { consentHash, readCoalitionSettings, saveCoalitionSettings } from '../../../shared/coalition/settings';
import { trustedRoom, type Peer, type Room } from '../../fixtures/trustedRoom';

/**
 * The coalition register through the hub: each person ticks interest on their own register entry
 * only, within what the organiser set up; the consent text and working groups are the
 * facilitator's.
 */
const words = 'I agree to be listed for the coalition.';
const shown = { text: words, version: 1, language: 'en' };

function refusedBecause(peer: Peer, change: Parameters<Peer['write']>[0]): string {
  const result = peer.write(change);
  return result.outcome === 'refused' ? result.reason : result.outcome;
}

function askedRoom(): { room: Room; amina: Peer; mallory: Peer; skills: string } {
  const room = trustedRoom();
  let skills = '';
  room.facilitator.write((doc) => {
    const saved = saveCoalitionSettings(doc, { open: true, consentText: words, workingGroups: [{ label: 'Skills' }, { label: 'Data' }] }, 1);
    if (saved.ok) skills = saved.value.workingGroups[0]!.id;
  });
  const amina = room.join('p-amina');
  const mallory = room.join('p-mallory');
  expect(amina.write((doc) => registerSelf(doc, 'p-amina', { name: 'Amina' }, 2)).outcome).toBe('applied');
  expect(mallory.write((doc) => registerSelf(doc, 'p-mallory', { name: 'Mallory' }, 3)).outcome).toBe('applied');
  return { room, amina, mallory, skills };
}

const entryOf = (doc: Y.Doc, id: string) => doc.getMap(participantsRoot).get(id) as Y.Map<unknown>;
const coalitionOf = (room: Room, id: string) => readParticipants(room.hub).participants.find((person) => person.id === id)?.coalition;

describe('the coalition register, written through the hub', () => {
  it('lets a person tick and withdraw their own interest, and the facilitator withdraw it at their request', () => {
    const { room, amina, skills } = askedRoom();
    expect(amina.write((doc) => setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [skills] }, shown, 4)).outcome).toBe('applied');
    expect(coalitionOf(room, 'p-amina')).toMatchObject({ state: 'interested', consent: { hash: consentHash(words), at: 4 } });
    expect(amina.write((doc) => setCoalitionInterest(doc, 'p-amina', { joinCoalition: false, workingGroups: [] }, shown, 5)).outcome).toBe('applied');
    expect(coalitionOf(room, 'p-amina')).toEqual({ state: 'withdrawn', at: 5, by: 'self' });
    amina.write((doc) => setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [] }, shown, 6));
    room.facilitator.write((doc) => withdrawCoalitionInterest(doc, 'p-amina', 7));
    expect(coalitionOf(room, 'p-amina')).toEqual({ state: 'withdrawn', at: 7, by: 'facilitator' });
    expect(room.converged()).toBe(true);
  });

  it('refuses ticking, or unticking, someone else’s interest', () => {
    const { room, amina, mallory, skills } = askedRoom();
    amina.write((doc) => setCoalitionInterest(doc, 'p-amina', { joinCoalition: true, workingGroups: [] }, shown, 4));
    const before = JSON.stringify(coalitionOf(room, 'p-amina'));
    const forged = { state: 'interested', joinCoalition: true, workingGroups: [skills], consent: { hash: consentHash(words), version: 1, language: 'en', at: 5 } };
    expect(refusedBecause(mallory, (doc) => entryOf(doc, 'p-amina').set('coalition', forged))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => entryOf(doc, 'p-amina').set('coalition', { state: 'withdrawn', at: 5, by: 'self' }))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => entryOf(doc, 'p-amina').delete('coalition'))).toBe('not-yours');
    expect(refusedBecause(mallory, (doc) => setCoalitionInterest(doc, 'p-amina', { joinCoalition: false, workingGroups: [] }, shown, 6))).toBe('not-yours');
    // Signing up a person who never joined, under an identity that is not Mallory's.
    expect(refusedBecause(mallory, (doc) => registerSelf(doc, 'p-invented', { name: 'Invented' }, 7))).toBe('not-yours');
    expect(JSON.stringify(coalitionOf(room, 'p-amina'))).toBe(before);
  });

  it('refuses a participant changing the consent text or the working groups', () => {
    const { room, mallory } = askedRoom();
    const before = JSON.stringify(readCoalitionSettings(room.hub));
    expect(refusedBecause(mallory, (doc) => saveCoalitionSettings(doc, { open: true, consentText: 'You agree to everything.', workingGroups: [] }, 8))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => doc.getMap(coalitionRoot).delete(coalitionSettingsKey))).toBe('facilitator-root');
    expect(refusedBecause(mallory, (doc) => doc.getMap(coalitionRoot).set('other', 'x'))).toBe('facilitator-root');
    expect(JSON.stringify(readCoalitionSettings(room.hub))).toBe(before);
  });

  it('refuses, on one’s own entry, an invented working group, a consent missing or malformed, a withdrawal in the facilitator’s name, and ticking when not asked', () => {
    const { room, mallory } = askedRoom();
    const consent = { hash: consentHash(words), version: 1, language: 'en', at: 5 };
    const own = (value: unknown) => (doc: Y.Doc) => entryOf(doc, 'p-mallory').set('coalition', value);
    expect(refusedBecause(mallory, own({ state: 'interested', joinCoalition: false, workingGroups: ['invented'], consent }))).toBe('schema');
    expect(refusedBecause(mallory, own({ state: 'interested', joinCoalition: true, workingGroups: [] }))).toBe('schema');
    expect(refusedBecause(mallory, own({ state: 'interested', joinCoalition: true, workingGroups: [], consent: { ...consent, hash: 'not a hash' } }))).toBe('schema');
    expect(refusedBecause(mallory, own({ state: 'interested', joinCoalition: true, workingGroups: [], consent: { ...consent, at: 1e300 } }))).toBe('schema');
    expect(refusedBecause(mallory, own({ state: 'interested', joinCoalition: false, workingGroups: [], consent }))).toBe('schema');
    expect(refusedBecause(mallory, own({ state: 'withdrawn', at: 5, by: 'facilitator' }))).toBe('schema');
    room.facilitator.write((doc) => saveCoalitionSettings(doc, { open: false, consentText: words, workingGroups: [] }, 9));
    expect(refusedBecause(mallory, own({ state: 'interested', joinCoalition: true, workingGroups: [], consent }))).toBe('closed');
    expect(coalitionOf(room, 'p-mallory')).toBeUndefined();
  });

  it('still lets a person correct their name after the organiser removed a working group they ticked', () => {
    const { room, amina, skills } = askedRoom();
    amina.write((doc) => setCoalitionInterest(doc, 'p-amina', { joinCoalition: false, workingGroups: [skills] }, shown, 4));
    room.facilitator.write((doc) => saveCoalitionSettings(doc, { open: true, consentText: words, workingGroups: [] }, 5));
    const me = readParticipants(amina.doc).participants.find((person) => person.id === 'p-amina')!;
    expect(amina.write((doc) => updateParticipant(doc, 'p-amina', { ...me, name: 'Amina Njoroge' })).outcome).toBe('applied');
    expect(readParticipants(room.hub).participants.find((person) => person.id === 'p-amina')?.name).toBe('Amina Njoroge');
  });
});
