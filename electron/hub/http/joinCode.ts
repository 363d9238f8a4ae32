/**
 * /join/<code>: exchanges a typed code. GET or POST with a room's short code answers its room
 * and join secret; POST with a judge's code answers a new judge identity for this device (never
 * a GET: a link preview must not mint identities). Limited per address and per code before the
 * code is looked up (access/joinRateLimiter.ts); the answers are 200, 404 for anything that is
 * not a live code (malformed or not), and 429 with Retry-After.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JoinRateLimiter } from '../access/joinRateLimiter';
import type { CodeFound } from '../access/roomRegistry';
import { isShortCodeShape, normalizeShortCode } from '../access/secrets';
import { clientKey } from '../net/clientAddress';
import { json } from './staticFiles';
import { answerTooManyAttempts } from './tooManyAttempts';

export const joinPathPrefix = '/join/';

export interface CodeResolver {
  resolveCode(typed: string, issueJudges: boolean): CodeFound | null;
}

export function serveJoinCode(request: IncomingMessage, response: ServerResponse, pathname: string, limiter: JoinRateLimiter, rooms: CodeResolver): void {
  const address = clientKey(request.socket.remoteAddress);
  const code = typedCode(pathname.slice(joinPathPrefix.length));
  const verdict = limiter.tryLookup(address, code);
  if (!verdict.allowed) return answerTooManyAttempts(response, verdict.retryAfterMs);
  const found = code === undefined ? null : rooms.resolveCode(code, request.method === 'POST');
  if (!found) {
    limiter.recordFailure(address);
    return json(response, 404, { error: 'unknown code' });
  }
  return json(response, 200, found);
}

/** The normalised code in the path, or undefined when it cannot be one the hub issued. */
function typedCode(segment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  const code = normalizeShortCode(decoded);
  return isShortCodeShape(code) ? code : undefined;
}
