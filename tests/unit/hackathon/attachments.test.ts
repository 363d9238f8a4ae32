import { describe, expect, it } from 'vitest';
import { addAttachment, attachmentName, attachmentType, readAttachments } from '../../../shared/hackathon/attachments';
import { attachmentLimits, attachmentSchema } from '../../../shared/hackathon/attachmentSchema';
import { hackathonRoom } from '../../fixtures/trustedRoom';
import { createTeam } from '../../../shared/hackathon/teams';
import { readChallenges } from '../../../shared/hackathon/challenges';

describe('a team’s attachments, as the app checks them before the hub does', () => {
  it('stores a name that is a safe file name, short enough, with its extension kept', () => {
    expect(attachmentName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(attachmentName('a\u0000b\nc.txt')).toBe('a_b_c.txt');
    const long = attachmentName(`${'😀'.repeat(100)}.pptx`);
    expect(long.length).toBeLessThanOrEqual(attachmentLimits.name);
    expect(long.endsWith('….pptx')).toBe(true);
    // Never cut inside an emoji: a lone surrogate cannot be encoded as a file name.
    expect(() => encodeURIComponent(long)).not.toThrow();
    expect(attachmentName('   ')).toBe('file');
  });

  it('takes the declared type when it is on the list, else the extension’s, else none', () => {
    expect(attachmentType('application/pdf', 'pitch')).toBe('application/pdf');
    expect(attachmentType('application/vnd.ms-excel', 'queues.CSV')).toBe('text/csv');
    expect(attachmentType('', 'notes.md')).toBe('text/markdown');
    expect(attachmentType('text/html', 'page.html')).toBeUndefined();
    expect(attachmentType('image/svg+xml', 'logo.svg')).toBeUndefined();
  });

  it('refuses, in words the person can act on, a file too large, empty, of the wrong type, or past the team’s count', () => {
    const room = hackathonRoom();
    const amina = room.join('p-amina');
    let team = '';
    amina.write((doc, actor) => {
      const created = createTeam(doc, { name: 'Permit Busters', challengeId: readChallenges(doc)[0]!.id }, actor, 1);
      if (created.ok) team = created.value;
    });
    const doc = amina.doc;
    const file = (name: string, size: number, type = 'text/plain') => ({ name, type, bytes: new Uint8Array(size).fill(65) });
    const code = (outcome: ReturnType<typeof addAttachment>) => (outcome.ok ? 'ok' : outcome.refusal.code);
    expect(code(addAttachment(doc, team, file('big.txt', attachmentLimits.bytes + 1), amina.actor, 2))).toBe('hackathon.attachments.tooLarge');
    expect(code(addAttachment(doc, team, file('empty.txt', 0), amina.actor, 2))).toBe('hackathon.attachments.empty');
    expect(code(addAttachment(doc, team, file('run.exe', 4, 'application/x-msdownload'), amina.actor, 2))).toBe('hackathon.attachments.wrongType');
    expect(code(addAttachment(doc, team, file('x.txt', 4), { deviceId: 'p-other', role: 'participant' }, 2))).toBe('hackathon.notInTeam');
    for (let index = 0; index < attachmentLimits.perTeam; index++) expect(code(addAttachment(doc, team, file(`f${index}.txt`, 4), amina.actor, 3 + index))).toBe('ok');
    expect(code(addAttachment(doc, team, file('one-more.txt', 4), amina.actor, 9))).toBe('hackathon.attachments.tooMany');
    const stored = readAttachments(doc, team);
    expect(stored.map((item) => item.name)).toEqual(['f0.txt', 'f1.txt', 'f2.txt']);
    for (const item of stored) expect(attachmentSchema.safeParse(item).success).toBe(true);
  });
});
