import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addAttachment, readAttachments } from '../../../../shared/hackathon/attachments';
import { attachmentKey, attachmentLimits, attachmentsRoot, type Attachment } from '../../../../shared/hackathon/attachmentSchema';
import { updateSettings } from '../../../../shared/hackathon/settings';
import { joinTeam } from '../../../../shared/hackathon/teams';
import { waitUntil } from '../helpers';
import { AdversaryHub } from './adversaryHub';
import { seedHackathon, type HackathonRoom } from './hackathonRoom';
import { destroyAllClients, storedCopy } from './honestClient';
import { RawAttacker } from './rawAttacker';
import { sameRoom } from './roomViews';

/*
 * A team's pitch files against a real hub process, sent by a hand-written client with a real
 * participant token: outside the team, in another member's name, too large, of a type the app
 * never opens, or after judging closed. Each is refused, and the team's file is what it was on
 * the facilitator's, the author's and the hub's stored copy.
 */
describe('a hackathon team’s files cannot be forged, replaced or stuffed', () => {
  let hub: AdversaryHub;
  let hack: HackathonRoom;
  let team: string;
  let notes: Attachment;
  beforeAll(async () => {
    hub = await AdversaryHub.start(['files']);
    hack = await seedHackathon(hub, 'files');
    team = hack.teams[0];
    const added = addAttachment(hack.amina.doc, team, { name: 'permits.csv', type: 'text/csv', bytes: new TextEncoder().encode('office,days\nNairobi,90\n') }, hack.amina.actor, 20);
    if (!added.ok) throw new Error('the honest file was refused by the app');
    notes = added.value;
    await waitUntil(() => readAttachments(hack.facilitator.doc, team).length === 1, 'the facilitator has the file');
  });
  afterAll(async () => {
    destroyAllClients();
    await hub?.stop();
  });

  /** A fresh person for each attack: the hub cools down a person after a few refusals. */
  const attacker = async (member: boolean) => {
    const person = await hub.join('files');
    const socket = await RawAttacker.connect(hub, 'files', person.credential);
    if (member) {
      socket.forge((doc) => joinTeam(doc, team, { deviceId: person.id, name: 'Mallory', role: 'participant' }, 21));
      await socket.settled();
      expect(socket.denials).toEqual([]);
    }
    return { person, socket };
  };
  const file = (addedBy: string, overrides: Partial<Attachment> = {}): Attachment => {
    const bytes = overrides.bytes ?? new TextEncoder().encode('forged');
    return { id: `f-${addedBy}`, teamId: team, name: 'forged.txt', type: 'text/plain', size: bytes.length, bytes, addedBy, author: 'Mallory', addedAt: 22, ...overrides };
  };
  const put = (value: Attachment) => (doc: Y.Doc) => doc.getMap(attachmentsRoot).set(attachmentKey(team, value.id), value);

  /** Refused with `reason`, and the team's files unchanged on every honest copy and on disk. */
  async function refused(socket: RawAttacker, reason: string): Promise<void> {
    await socket.settled();
    expect(socket.denials).toEqual([`update refused (${reason})`]);
    const stored = await storedCopy(hub, 'files');
    await waitUntil(() => [hack.facilitator, hack.amina].every((client) => sameRoom(client.doc, stored)), 'the honest copies match the hub');
    for (const doc of [hack.facilitator.doc, hack.amina.doc, stored]) {
      expect(readAttachments(doc, team).map((item) => [item.name, item.addedBy, new TextDecoder().decode(item.bytes)])).toEqual([['permits.csv', hack.amina.actor.deviceId, 'office,days\nNairobi,90\n']]);
    }
  }

  it('refuses a file added by someone outside the team', async () => {
    const { person, socket } = await attacker(false);
    socket.forge(put(file(person.id)));
    await refused(socket, 'not-member');
  });

  it('refuses a member removing or rewriting another member’s file', async () => {
    const { person, socket } = await attacker(true);
    socket.forge(put({ ...notes, bytes: new Uint8Array(0), deletedAt: 23, deletedBy: person.id }));
    await refused(socket, 'not-yours');
    const second = await attacker(true);
    second.socket.forge((doc) => doc.getMap(attachmentsRoot).delete(attachmentKey(team, notes.id)));
    await refused(second.socket, 'removal');
  });

  it('refuses a member’s file over the size limit or of a type not on the list', async () => {
    const { person, socket } = await attacker(true);
    const huge = new Uint8Array(attachmentLimits.bytes + 1).fill(7);
    socket.forge(put(file(person.id, { bytes: huge, size: huge.length })));
    await refused(socket, 'too-large');
    const second = await attacker(true);
    second.socket.forge(put(file(second.person.id, { name: 'pitch.html', type: 'text/html' as Attachment['type'] })));
    await refused(second.socket, 'schema');
  });

  it('refuses a member’s file once judging is closed', async () => {
    const { person, socket } = await attacker(true);
    updateSettings(hack.facilitator.doc, { closed: true }, hack.facilitator.actor);
    await waitUntil(() => socket.mirror.getMap('hackathon').get('closed') === true, 'the attacker sees judging closed');
    socket.forge(put(file(person.id)));
    await refused(socket, 'closed');
  });
});
