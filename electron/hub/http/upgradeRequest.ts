/**
 * Reads what a WebSocket upgrade asks for: the room (in the path, where y-websocket puts it) and
 * the credential: `?key=` with the facilitator secret, or `?token=` with the token the hub
 * issued a participant or judge when they joined.
 */
import type { Duplex } from 'node:stream';

/** `notices`: the client understands the hub's own notice messages (the app asks for them;
 *  other y-websocket clients would only log them as unknown). */
export type UpgradeTarget = { room: string; key: string | null; token: string | null; notices: boolean } | null;

export const syncPathPrefix = '/sync/';

export function parseUpgradeTarget(url: string | undefined): UpgradeTarget {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://hub.invalid');
  } catch {
    return null;
  }
  if (!parsed.pathname.startsWith(syncPathPrefix)) return null;
  try {
    const { searchParams } = parsed;
    return { room: decodeURIComponent(parsed.pathname.slice(syncPathPrefix.length)), key: searchParams.get('key'), token: searchParams.get('token'), notices: searchParams.get('notices') === '1' };
  } catch {
    return null;
  }
}

/**
 * The one answer for every refused upgrade (unknown room, wrong or missing key or token,
 * expelled person, unknown path), so a refusal says nothing about which rooms exist.
 */
export function refuseUpgrade(socket: Duplex): void {
  socket.once('finish', () => socket.destroy());
  socket.once('error', () => socket.destroy());
  socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}
