import { z } from 'zod';
import { plainValue } from './plainValue';
import type { Writer } from './writer';

/**
 * A presence (awareness) state as the hub accepts it: small, shallow, and with the fields the
 * app reads in the shapes it reads them. The hub adds `identity` ({id, role}) itself, so a
 * screen can show who someone really is rather than what their state claims.
 */
export const maxPresenceBytes = 4 * 1024;
const presenceLimits = { depth: 6, nodes: 200, chars: maxPresenceBytes };

const presenceSchema = z.looseObject({
  user: z
    .looseObject({
      name: z.string().max(120).optional(),
      colour: z.string().max(32).optional(),
      color: z.string().max(32).optional(),
      role: z.string().max(16).optional(),
      partId: z.string().max(64).optional(),
    })
    .optional(),
  identity: z.unknown().optional(),
});

export type PresenceIdentity = { id: string; role: Writer['role'] };

/**
 * Checks a state as sent (its JSON text) and returns it stamped with the sender's identity, or
 * undefined when it is refused. `null` (a client leaving) passes as it is.
 */
export function admitPresence(json: string, writer: Writer): string | undefined {
  if (json.length > maxPresenceBytes) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (state === null) return 'null';
  if (!plainValue(state, presenceLimits).ok) return undefined;
  const parsed = presenceSchema.safeParse(state);
  if (!parsed.success) return undefined;
  const identity: PresenceIdentity = { id: writer.id, role: writer.role };
  return JSON.stringify({ ...parsed.data, identity });
}
