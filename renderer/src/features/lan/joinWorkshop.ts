import { registerSelf, type ParticipantInput } from '@shared/attendance/register';
import { setDisplayName } from '../../app/identity';
import { ensureRemoteWorkshop, readConnection, saveConnection } from '../../persistence/connections';
import { openWorkshop } from '../../persistence/workshops';
import { requestIdentity, type HubIdentity } from '../../sync/hubApi';

export type JoinRequest = {
  room: string;
  secret: string;
  wsUrl: string;
  /** Only what the person agreed to share goes into the register. */
  details: ParticipantInput;
};

/**
 * A participant joins: the hub issues this device an identity (kept, so a reload or a second
 * tab is the same person), the name is remembered, a local copy of the workshop is made (empty
 * until the hub's copy arrives), the person's own register row is written under their identity,
 * and the connection is stored so that every screen and every reload reconnects.
 */
export async function joinWorkshop(request: JoinRequest): Promise<void> {
  const { room, secret, wsUrl, details } = request;
  const previous = await readConnection(room);
  const identity: HubIdentity = previous?.identity?.role === 'participant' ? previous.identity : await requestIdentity(wsUrl, room, secret);
  setDisplayName(details.name);
  await ensureRemoteWorkshop(room);
  const opened = await openWorkshop(room);
  if (!opened) throw new Error('the local copy could not be opened');
  try {
    const registered = registerSelf(opened.doc, identity.id, details, Date.now());
    if (!registered.ok) throw new Error(registered.refusal.code);
  } finally {
    opened.release();
  }
  await saveConnection({ workshopId: room, server: 'hub', wsUrl, room, key: secret, role: 'participant', identity, participantId: identity.id });
}

/** A judge joins with the code the facilitator read out: the hub's answer is their identity. */
export async function joinAsJudge(request: { room: string; wsUrl: string; identity: HubIdentity }): Promise<void> {
  const { room, wsUrl, identity } = request;
  await ensureRemoteWorkshop(room);
  await saveConnection({ workshopId: room, server: 'hub', wsUrl, room, key: '', role: 'participant', identity, participantId: identity.id });
}
