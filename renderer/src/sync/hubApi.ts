/**
 * The hub's HTTP side, as the app uses it (docs/HUB.md, "Endpoints"): checking a join link,
 * getting an identity when joining, exchanging a typed code, and the facilitator's room
 * controls. Every call says what went wrong in a way a screen can translate: the error's
 * `code` is one of HubErrorCode.
 */
import { hubHttpOrigin } from './hubAddress';

export type HubErrorCode = 'refused' | 'notFound' | 'tooMany' | 'unreachable' | 'failed';

export class HubError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A person's identity in a room, issued by the hub: the id others see, the token that proves it. */
export type HubIdentity = { id: string; token: string; role: 'participant' | 'judge' };

export type CodeLookup = { room: string; secret: string } | { room: string; identity: HubIdentity };

async function call<T>(origin: string, path: string, init: RequestInit & { bearer?: string } = {}): Promise<T> {
  const { bearer, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(`${origin}${path}`, {
      cache: 'no-store',
      ...rest,
      headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(rest.body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    });
  } catch {
    throw new HubError('unreachable', 'the hub did not answer');
  }
  if (response.status === 401 || response.status === 403) throw new HubError('refused', 'the hub refused this link or key');
  if (response.status === 404) throw new HubError('notFound', 'the hub does not know it');
  if (response.status === 429) throw new HubError('tooMany', 'too many attempts');
  if (!response.ok) throw new HubError('failed', `HTTP ${response.status}`);
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

const roomPath = (room: string) => `/rooms/${encodeURIComponent(room)}`;

/** Would the hub let this join secret in? ('refused' covers a wrong secret, a closed room and an
 *  unknown room alike: the hub does not say which.) */
export async function checkJoinSecret(wsUrl: string, room: string, secret: string): Promise<'admitted' | 'refused' | 'unreachable'> {
  try {
    await call(hubHttpOrigin(wsUrl), `${roomPath(room)}/access`, { bearer: secret });
    return 'admitted';
  } catch (error) {
    return error instanceof HubError && error.code === 'unreachable' ? 'unreachable' : 'refused';
  }
}

/** Joins the room as a new participant: the hub issues the identity this device keeps. */
export function requestIdentity(wsUrl: string, room: string, secret: string): Promise<HubIdentity> {
  return call<HubIdentity>(hubHttpOrigin(wsUrl), `${roomPath(room)}/people`, { method: 'POST', bearer: secret });
}

/** Exchanges a typed code: a room's short code gives its join link, a judge's code an identity. */
export function lookupCode(httpOrigin: string, code: string): Promise<CodeLookup> {
  const normalized = code.replace(/[\s-]/g, '').toUpperCase();
  return call<CodeLookup>(httpOrigin, `/join/${encodeURIComponent(normalized)}`, { method: 'POST' });
}

/** What the facilitator's controls need: where the hub is and the facilitator secret. */
export type FacilitatorKey = { wsUrl: string; room: string; key: string };

export type RoomPerson = { id: string; role: 'participant' | 'judge'; name?: string; connected: number; expelled?: boolean };
export type RoomJudge = { id: string; name: string; code: string };

export function listPeople(target: FacilitatorKey): Promise<{ people: RoomPerson[]; judges: RoomJudge[] }> {
  return call(hubHttpOrigin(target.wsUrl), `${roomPath(target.room)}/people`, { bearer: target.key });
}

export function nameJudge(target: FacilitatorKey, name: string): Promise<RoomJudge> {
  return call(hubHttpOrigin(target.wsUrl), `${roomPath(target.room)}/judges`, { method: 'POST', bearer: target.key, body: JSON.stringify({ name }) });
}

export function dropJudge(target: FacilitatorKey, judgeId: string): Promise<void> {
  return call(hubHttpOrigin(target.wsUrl), `${roomPath(target.room)}/judges/${encodeURIComponent(judgeId)}`, { method: 'DELETE', bearer: target.key });
}

export function expelPerson(target: FacilitatorKey, personId: string): Promise<void> {
  return call(hubHttpOrigin(target.wsUrl), `${roomPath(target.room)}/people/${encodeURIComponent(personId)}/expel`, { method: 'POST', bearer: target.key });
}

/** A new join secret and short code; links and codes given out before stop working. */
export function rotateJoinSecret(target: FacilitatorKey): Promise<{ secret: string; code: string }> {
  return call(hubHttpOrigin(target.wsUrl), `${roomPath(target.room)}/secret`, { method: 'POST', bearer: target.key });
}

export function setRoomJoinsOpen(target: FacilitatorKey, open: boolean): Promise<void> {
  return call(hubHttpOrigin(target.wsUrl), `${roomPath(target.room)}/joins`, { method: 'POST', bearer: target.key, body: JSON.stringify({ open }) });
}

/** Removes the room from the hub: its document, its log, its secrets and everyone's identities. */
export function forgetRoom(target: FacilitatorKey): Promise<void> {
  return call(hubHttpOrigin(target.wsUrl), roomPath(target.room), { method: 'DELETE', bearer: target.key });
}
