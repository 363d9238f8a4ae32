import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addAttachment, readAttachments, removeAttachment, restoreAttachment } from '../../../shared/hackathon/attachments';
import { attachmentKey, attachmentLimits, attachmentsRoot, type Attachment } from '../../../shared/hackathon/attachmentSchema';
import { readChallenges } from '../../../shared/hackathon/challenges';
import { updateSettings } from '../../../shared/hackathon/settings';
import { createTeam, joinTeam } from '../../../shared/hackathon/teams';
import { hackathonRoom, type Peer, type Room } from '../../fixtures/trustedRoom';

/*
 * A team's pitch files through the hub's write policy (the real judgedApply, no network): the
 * team's members add, only a file's author removes it (softly), nothing past the size, the type
 * list or the team's count, and nothing once judging is closed. Every refusal leaves the hub's
 * copy, and every honest copy, as they were.
 */

const text = (content: string) => new TextEncoder().encode(content);

function refusedBecause(peer: Peer, change: Parameters<Peer['write']>[0]): string {
  const result = peer.write(change);
  return result.outcome === 'refused' ? result.reason : result.outcome;
}

type Setup = { room: Room; amina: Peer; kofi: Peer; mallory: Peer; team: string; notes: Attachment };

function teamWithAFile(): Setup {
  const room = hackathonRoom();
  const amina = room.join('p-amina');
  const kofi = room.join('p-kofi');
  const mallory = room.join('p-mallory');
  let team = '';
  amina.write((doc, actor) => {
    const created = createTeam(doc, { name: 'Permit Busters', challengeId: readChallenges(doc)[0]!.id }, actor, 1);
    if (created.ok) team = created.value;
  });
  expect(kofi.write((doc, actor) => joinTeam(doc, team, actor, 2)).outcome).toBe('applied');
  let notes: Attachment | undefined;
  expect(amina.write((doc, actor) => (notes = unwrap(addAttachment(doc, team, { name: 'notes.txt', type: 'text/plain', bytes: text('Permits take 90 days') }, actor, 3)))).outcome).toBe('applied');
  return { room, amina, kofi, mallory, team, notes: notes! };
}

function unwrap<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('refused by the app');
  return outcome.value;
}

/** A hand-made file record, as a hostile client would write it under the team's key. */
function forged(team: string, addedBy: string, overrides: Partial<Attachment> = {}): Attachment {
  const bytes = overrides.bytes ?? text('forged');
  return { id: 'f-1', teamId: team, name: 'forged.txt', type: 'text/plain', size: bytes.length, bytes, addedBy, author: 'X', addedAt: 5, ...overrides };
}

const put = (team: string, file: Attachment) => (doc: Y.Doc) => doc.getMap(attachmentsRoot).set(attachmentKey(team, file.id), file);

function expectUnchanged(setup: Setup, before: string): void {
  expect(setup.room.converged()).toBe(true);
  expect(listed(setup.room.hub, setup.team)).toBe(before);
}

function listed(doc: Y.Doc, team: string): string {
  return JSON.stringify(readAttachments(doc, team).map((file) => [file.name, file.addedBy, Array.from(file.bytes)]));
}

describe('a hackathon team’s attachments, judged by the hub', () => {
  it('reach every member and the facilitator with the same bytes, and the author removes and restores their own', () => {
    const { room, amina, kofi, team, notes } = teamWithAFile();
    for (const peer of [kofi, room.facilitator]) expect(Array.from(readAttachments(peer.doc, team)[0]!.bytes)).toEqual(Array.from(text('Permits take 90 days')));
    expect(amina.write((doc, actor) => removeAttachment(doc, notes, actor, 4)).outcome).toBe('applied');
    expect(readAttachments(kofi.doc, team)).toEqual([]);
    // The bytes left the document with the removal; only the record of it stays.
    expect((room.hub.getMap(attachmentsRoot).get(attachmentKey(team, notes.id)) as Attachment).bytes.length).toBe(0);
    expect(amina.write((doc, actor) => restoreAttachment(doc, notes, actor)).outcome).toBe('applied');
    expect(readAttachments(kofi.doc, team).map((file) => file.name)).toEqual(['notes.txt']);
    expect(room.converged()).toBe(true);
  });

  it('refuses a file added by someone outside the team', () => {
    const setup = teamWithAFile();
    const before = listed(setup.room.hub, setup.team);
    expect(refusedBecause(setup.mallory, put(setup.team, forged(setup.team, 'p-mallory')))).toBe('not-member');
    // Nor in a member's name.
    expect(refusedBecause(setup.mallory, put(setup.team, forged(setup.team, 'p-amina')))).toBe('not-member');
    expectUnchanged(setup, before);
  });

  it('refuses a member removing, replacing or deleting another member’s file', () => {
    const setup = teamWithAFile();
    const { kofi, team, notes } = setup;
    const before = listed(setup.room.hub, team);
    expect(refusedBecause(kofi, put(team, { ...notes, bytes: new Uint8Array(0), deletedAt: 9, deletedBy: 'p-kofi' }))).toBe('not-yours');
    expect(refusedBecause(kofi, put(team, { ...notes, bytes: text('Permits take 9 days!') }))).toBe('not-yours');
    // A file, once attached, is what it was: even its author changes it only by removing it.
    expect(refusedBecause(setup.amina, put(team, { ...notes, bytes: text('Permits take 9 days!') }))).toBe('field');
    expect(refusedBecause(setup.amina, put(team, { ...notes, name: 'renamed.txt' }))).toBe('field');
    expect(refusedBecause(kofi, (doc) => doc.getMap(attachmentsRoot).delete(attachmentKey(team, notes.id)))).toBe('removal');
    // The author cannot take it off for good either: removal is soft, for everyone.
    expect(refusedBecause(setup.amina, (doc) => doc.getMap(attachmentsRoot).delete(attachmentKey(team, notes.id)))).toBe('removal');
    expectUnchanged(setup, before);
  });

  it('refuses a file over the size limit, of a type not on the list, or past the team’s count', () => {
    const setup = teamWithAFile();
    const { kofi, team } = setup;
    const before = listed(setup.room.hub, team);
    const huge = new Uint8Array(attachmentLimits.bytes + 1);
    expect(refusedBecause(kofi, put(team, forged(team, 'p-kofi', { bytes: huge, size: huge.length })))).toBe('too-large');
    expect(refusedBecause(kofi, put(team, forged(team, 'p-kofi', { name: 'page.html', type: 'text/html' as Attachment['type'] })))).toBe('schema');
    expect(refusedBecause(kofi, put(team, forged(team, 'p-kofi', { name: '../../.bashrc' })))).toBe('schema');
    // A size that does not match the bytes would mislead whoever downloads it.
    expect(refusedBecause(kofi, put(team, forged(team, 'p-kofi', { size: 3 })))).toBe('schema');
    expectUnchanged(setup, before);
    for (let index = 1; index < attachmentLimits.perTeam; index++) expect(kofi.write(put(team, forged(team, 'p-kofi', { id: `f-${index}` }))).outcome).toBe('applied');
    expect(refusedBecause(kofi, put(team, forged(team, 'p-kofi', { id: 'f-extra' })))).toBe('too-large');
    expect(readAttachments(setup.room.hub, team)).toHaveLength(attachmentLimits.perTeam);
  });

  it('refuses every change once judging is closed, and lets only the facilitator remove, softly', () => {
    const setup = teamWithAFile();
    const { room, amina, kofi, team, notes } = setup;
    room.facilitator.write((doc, actor) => updateSettings(doc, { closed: true }, actor));
    const before = listed(room.hub, team);
    expect(refusedBecause(kofi, put(team, forged(team, 'p-kofi')))).toBe('closed');
    expect(refusedBecause(amina, put(team, { ...notes, bytes: new Uint8Array(0), deletedAt: 9, deletedBy: 'p-amina' }))).toBe('closed');
    expectUnchanged(setup, before);
    expect(refusedBecause(room.facilitator, (doc) => doc.getMap(attachmentsRoot).delete(attachmentKey(team, notes.id)))).toBe('removal');
    expect(room.facilitator.write(put(team, { ...notes, bytes: new Uint8Array(0), deletedAt: 9, deletedBy: 'facilitator' })).outcome).toBe('applied');
    expect(readAttachments(amina.doc, team)).toEqual([]);
    // The author cannot undo the facilitator's removal.
    room.facilitator.write((doc, actor) => updateSettings(doc, { closed: false }, actor));
    expect(refusedBecause(amina, put(team, notes))).toBe('not-yours');
  });
});
