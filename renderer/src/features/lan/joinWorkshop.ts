import { addParticipant, type ParticipantInput } from '@shared/attendance/register';
import { setDisplayName } from '../../app/identity';
import { ensureRemoteWorkshop, readConnection, saveConnection } from '../../persistence/connections';
import { openWorkshop } from '../../persistence/workshops';

export type JoinRequest = {
  room: string;
  secret: string;
  wsUrl: string;
  /** Only what the person agreed to share goes into the register. */
  details: ParticipantInput;
};

/**
 * A participant joins: the name is remembered on this device, a local copy of the workshop is
 * made (empty until the hub's copy arrives), the connection is stored so that every screen and
 * every reload reconnects, and the person is added to the attendance register.
 */
export async function joinWorkshop(request: JoinRequest): Promise<void> {
  const { room, secret, wsUrl, details } = request;
  setDisplayName(details.name);
  await ensureRemoteWorkshop(room);
  // Opening the same link again (a second tab, a reload of the join page) must not put the same
  // person in the register twice.
  const previous = await readConnection(room);
  if (previous?.role === 'participant' && previous.participantId && previous.key === secret) return;
  const opened = await openWorkshop(room);
  if (!opened) throw new Error('the local copy could not be opened');
  let participantId: string | undefined;
  try {
    const added = addParticipant(opened.doc, details, Date.now(), 'self');
    if (!added.ok) throw new Error(added.refusal.code);
    participantId = added.value;
  } finally {
    opened.release();
  }
  await saveConnection({ workshopId: room, server: 'hub', wsUrl, room, key: secret, role: 'participant', participantId });
}
