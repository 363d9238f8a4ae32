import type { Awareness } from 'y-protocols/awareness';

/** What each client announces about itself in awareness: shown in "who is here". */
export type PresenceUser = {
  name: string;
  colour: string;
  role: 'facilitator' | 'participant';
  /** The agenda part this person is looking at, when known. */
  partId?: string;
};

/** `personId`: the identity the hub issued this person, when a hub stamped the state with it. */
export type Presence = PresenceUser & { clientId: number; self: boolean; personId?: string };

const palette = ['#b4432a', '#1d6f5f', '#3b5ba5', '#8a5a00', '#7a3f8f', '#2f6b2f', '#a13d63', '#24607a'];

/** A stable colour per device, so a person keeps theirs across reloads. */
export function colourFor(seed: string): string {
  let hash = 0;
  for (const character of seed) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] as string;
}

/**
 * The people in the awareness states, self first, then by name. Malformed entries are skipped:
 * awareness is written by every client, honest or not. The role shown is the one the hub
 * stamped on the state (`identity`), not the one the state claims, where a hub stamped one.
 */
export function readPresence(awareness: Awareness): Presence[] {
  const people: Presence[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const { user, identity } = state as { user?: Partial<PresenceUser>; identity?: { role?: unknown; id?: unknown } };
    if (!user || typeof user.name !== 'string') return;
    const claimed = identity && typeof identity === 'object' ? identity.role : user.role;
    const role = claimed === 'facilitator' ? 'facilitator' : 'participant';
    const colour = typeof user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(user.colour) ? user.colour : '#555555';
    const partId = typeof user.partId === 'string' ? user.partId : undefined;
    const personId = identity && typeof identity === 'object' && typeof identity.id === 'string' ? identity.id : undefined;
    people.push({ name: user.name.slice(0, 120), colour, role, partId, clientId, self: clientId === awareness.clientID, ...(personId ? { personId } : {}) });
  });
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
