/**
 * POST /admin/rooms: lets a facilitator whose app runs in a browser (no Electron main process to
 * call createHub) open or close a room on a headless hub. It exists only when the hub was given
 * an admin token, and answers only a request carrying `Authorization: Bearer <token>`.
 * Without a token configured, every request to it gets a plain 404.
 *
 * Each address may POST a few times a minute, and one that keeps presenting wrong tokens waits
 * exponentially longer (access/attemptLimiter.ts), checked before the token is compared.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AttemptLimiter } from '../access/attemptLimiter';
import type { RoomAccess } from '../access/roomRegistry';
import { hubOrigin, joinLink } from '../../../shared/joinLink';
import type { JoinAddress } from '../net/joinAddresses';
import { clientKey } from '../net/clientAddress';
import type { HubLimits } from '../options';
import { readBody } from './requestBody';
import { json, plain } from './staticFiles';
import { answerTooManyAttempts } from './tooManyAttempts';

export interface AdminRoomsTarget {
  openRoom(room: string): RoomAccess;
  closeRoom(room: string): void;
  room(room: string): RoomAccess | undefined;
  /** Only addresses phones can reach: a browser facilitator offers nothing else. */
  joinAddresses(): JoinAddress[];
  readonly port: number;
}

/** What the endpoint answers: the room's access plus a join link for each address phones can
 *  reach (`interfaces[i]` names the interface of `addresses[i]`; empty when the operator named it). */
export type AdminRoomReply = RoomAccess & { port: number; addresses: string[]; interfaces: string[]; links: string[] };

export const adminRoomsPath = '/admin/rooms';

// A browser facilitator may be served from another origin than the hub (the desktop app's
// app://, or a dev server). The token travels in a header, never a cookie, so allowing any
// origin does not let a third-party page act with the facilitator's credentials.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

export function createAdminLimiter(limits: HubLimits, now: () => number = Date.now): AttemptLimiter {
  return new AttemptLimiter(
    {
      attemptsPerMinute: limits.adminAttemptsPerMinute,
      freeFailures: limits.adminFreeFailures,
      backoffBaseMs: limits.failureBackoffBaseMs,
      backoffMaxMs: limits.failureBackoffMaxMs,
      forgetAfterMs: limits.attemptMemoryMs,
      maxKeys: limits.maxTrackedAddresses,
    },
    now,
  );
}

/** Answers a request for /admin/rooms; the promise settles once the answer is sent. */
export async function serveAdminRooms(request: IncomingMessage, response: ServerResponse, token: string | undefined, limiter: AttemptLimiter, hub: AdminRoomsTarget): Promise<void> {
  if (!token) return plain(response, 404, 'Not found');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, corsHeaders).end();
    return;
  }
  if (request.method !== 'POST') return json(response, 405, { error: 'use POST' }, { Allow: 'POST, OPTIONS', ...corsHeaders });
  const address = clientKey(request.socket.remoteAddress);
  const verdict = limiter.attempt(address);
  if (!verdict.allowed) return answerTooManyAttempts(response, verdict.retryAfterMs, corsHeaders);
  if (!tokenMatches(request.headers.authorization, token)) {
    limiter.failed(address);
    return json(response, 401, { error: 'admin token required' }, corsHeaders);
  }
  const body = await readBody(request);
  let parsed: { room?: unknown; open?: unknown };
  try {
    parsed = JSON.parse(body ?? '') as typeof parsed;
  } catch {
    return json(response, 400, { error: 'body must be JSON {"room": "...", "open": true|false}' }, corsHeaders);
  }
  if (typeof parsed?.room !== 'string') return json(response, 400, { error: 'room is required' }, corsHeaders);
  let access: RoomAccess | undefined;
  try {
    if (parsed.open === false) {
      hub.closeRoom(parsed.room);
      access = hub.room(parsed.room);
    } else {
      access = hub.openRoom(parsed.room);
    }
  } catch (error) {
    return json(response, 400, { error: error instanceof Error ? error.message : 'refused' }, corsHeaders);
  }
  if (!access) return json(response, 404, { error: 'unknown room' }, corsHeaders);
  const listed = hub.joinAddresses();
  const addresses = listed.map((entry) => entry.address);
  const links = addresses.map((address) => joinLink(hubOrigin(address, hub.port), access.room, access.secret));
  const reply: AdminRoomReply = { ...access, port: hub.port, addresses, interfaces: listed.map((entry) => entry.interface), links };
  return json(response, 200, reply, corsHeaders);
}
