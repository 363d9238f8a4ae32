/**
 * GET /join/<code>: exchanges a short code for room and secret. Limited per address and per
 * code before the code is looked up (access/joinRateLimiter.ts); the answers are 200, 404 for
 * anything that is not an open room's code (malformed or not), and 429 with Retry-After.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JoinRateLimiter } from '../access/joinRateLimiter';
import { isShortCodeShape, normalizeShortCode } from '../access/secrets';
import { clientKey } from '../net/clientAddress';
import { json } from './staticFiles';
import { answerTooManyAttempts } from './tooManyAttempts';

export const joinPathPrefix = '/join/';

export interface CodeResolver {
  resolveCode(typed: string): { room: string; secret: string } | null;
}

export function serveJoinCode(request: IncomingMessage, response: ServerResponse, pathname: string, limiter: JoinRateLimiter, rooms: CodeResolver): void {
  const address = clientKey(request.socket.remoteAddress);
  const code = typedCode(pathname.slice(joinPathPrefix.length));
  const verdict = limiter.tryLookup(address, code);
  if (!verdict.allowed) return answerTooManyAttempts(response, verdict.retryAfterMs);
  const found = code === undefined ? null : rooms.resolveCode(code);
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
