/**
 * /rooms/<room>/...: joining, and the facilitator's controls over a room (docs/HUB.md,
 * "Endpoints"). Credentials travel as `Authorization: Bearer <secret>`: the room's join secret
 * to check a link or be issued an identity, the facilitator secret for everything else. A
 * missing or wrong credential and an unknown room get the same 401. Each address is limited,
 * and one that keeps failing waits exponentially longer (access/attemptLimiter.ts); identities
 * are issued a few a minute per address, so nobody fills a room's register with inventions.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AttemptLimiter } from '../access/attemptLimiter';
import type { Issued, StoredJudge, StoredPerson } from '../access/people';
import type { RoomAccess } from '../access/roomRegistry';
import { clientKey } from '../net/clientAddress';
import { readJsonBody } from './requestBody';
import { json } from './staticFiles';
import { answerTooManyAttempts } from './tooManyAttempts';

export const roomsPathPrefix = '/rooms/';

/** What the routes do to the hub's rooms; hub.ts wires it to the registry and the replicas. */
export interface RoomControl {
  admitsJoins(room: string, secret: string): boolean;
  isFacilitator(room: string, key: string): boolean;
  admitParticipant(room: string, secret: string): Issued | 'refused' | 'full';
  people(room: string): { people: (Pick<StoredPerson, 'id' | 'role' | 'createdAt' | 'expelledAt'> & { connected: number })[]; judges: StoredJudge[] } | undefined;
  nameJudge(room: string, name: string): StoredJudge | undefined;
  dropJudge(room: string, judgeId: string): boolean;
  expel(room: string, personId: string): boolean;
  rotate(room: string): RoomAccess | undefined;
  setOpen(room: string, open: boolean): void;
  forget(room: string): Promise<void>;
}

export type RoomLimiters = { attempts: AttemptLimiter; identities: AttemptLimiter };

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

const answer = (response: ServerResponse, status: number, body: unknown): void => json(response, status, body, corsHeaders);
const noContent = (response: ServerResponse): void => void response.writeHead(204, corsHeaders).end();

function bearer(request: IncomingMessage): string {
  return /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
}

export async function serveRoomRoutes(request: IncomingMessage, response: ServerResponse, pathname: string, limiters: RoomLimiters, rooms: RoomControl): Promise<void> {
  if (request.method === 'OPTIONS') return noContent(response);
  const segments = pathname.slice(roomsPathPrefix.length).split('/').map((segment) => safeDecode(segment));
  const [room, resource, id, action] = segments;
  if (!room || segments.some((segment) => segment === undefined)) return answer(response, 404, { error: 'not found' });
  const address = clientKey(request.socket.remoteAddress);
  const verdict = limiters.attempts.attempt(address);
  if (!verdict.allowed) return answerTooManyAttempts(response, verdict.retryAfterMs, corsHeaders);
  const credential = bearer(request);
  const refused = (): void => {
    limiters.attempts.failed(address);
    answer(response, 401, { error: 'not admitted' });
  };

  // With the join secret: is the link good, and an identity for a new participant.
  if (resource === 'access' && request.method === 'GET') return rooms.admitsJoins(room, credential) ? noContent(response) : refused();
  if (resource === 'people' && id === undefined && request.method === 'POST') {
    if (!rooms.admitsJoins(room, credential)) return refused();
    const allowed = limiters.identities.attempt(address);
    if (!allowed.allowed) return answerTooManyAttempts(response, allowed.retryAfterMs, corsHeaders);
    const issued = rooms.admitParticipant(room, credential);
    if (issued === 'refused') return refused();
    if (issued === 'full') return answer(response, 409, { error: 'this room has admitted as many people as it can' });
    return answer(response, 201, issued);
  }

  // Everything else is the facilitator's.
  if (!rooms.isFacilitator(room, credential)) return refused();
  if (resource === undefined && request.method === 'DELETE') {
    await rooms.forget(room);
    return noContent(response);
  }
  if (resource === 'people' && id === undefined && request.method === 'GET') return answer(response, 200, rooms.people(room) ?? { people: [], judges: [] });
  if (resource === 'people' && id !== undefined && action === 'expel' && request.method === 'POST') return rooms.expel(room, id) ? noContent(response) : answer(response, 404, { error: 'no such person' });
  if (resource === 'judges' && id === undefined && request.method === 'POST') {
    const body = (await readJsonBody(request)) as { name?: unknown } | undefined;
    const name = typeof body?.name === 'string' ? body.name.trim() : '';
    if (name === '' || name.length > 200) return answer(response, 400, { error: 'a judge needs a name of 1-200 characters' });
    const judge = rooms.nameJudge(room, name);
    return judge ? answer(response, 201, judge) : answer(response, 409, { error: 'this room has as many judges as it can' });
  }
  if (resource === 'judges' && id !== undefined && request.method === 'DELETE') return rooms.dropJudge(room, id) ? noContent(response) : answer(response, 404, { error: 'no such judge' });
  if (resource === 'secret' && request.method === 'POST') {
    const access = rooms.rotate(room);
    return access ? answer(response, 200, { secret: access.secret, code: access.code }) : refused();
  }
  if (resource === 'joins' && request.method === 'POST') {
    const body = (await readJsonBody(request)) as { open?: unknown } | undefined;
    if (typeof body?.open !== 'boolean') return answer(response, 400, { error: 'body must be {"open": true|false}' });
    rooms.setOpen(room, body.open);
    return noContent(response);
  }
  return answer(response, 404, { error: 'not found' });
}

function safeDecode(segment: string): string | undefined {
  try {
    return segment === '' ? '' : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
