/**
 * The answer to a request over its attempt limit: 429 with Retry-After in whole seconds, exposed
 * to cross-origin pages (the desktop app's renderer is one), so a client can tell its user how
 * long to wait instead of guessing.
 */
import type { ServerResponse } from 'node:http';
import { json } from './staticFiles';

export function answerTooManyAttempts(response: ServerResponse, retryAfterMs: number, extraHeaders: Record<string, string> = {}): void {
  json(response, 429, { error: 'too many attempts; wait a little' }, { ...extraHeaders, 'Retry-After': String(Math.ceil(retryAfterMs / 1000)), 'Access-Control-Expose-Headers': 'Retry-After' });
}
