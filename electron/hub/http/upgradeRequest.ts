/**
 * Reads what a WebSocket upgrade asks for: which endpoint, which room, which key. Both
 * endpoints take the key as `?key=`; /sync names the room in the path (y-websocket appends it),
 * /signal in `?room=` (y-webrtc's signaling URL is fixed per server, so it travels as a query).
 */
import type { Duplex } from 'node:stream';

export type UpgradeTarget = { endpoint: 'sync' | 'signal'; room: string; key: string | null } | null;

export function parseUpgradeTarget(url: string | undefined): UpgradeTarget {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://hub.invalid');
  } catch {
    return null;
  }
  const key = parsed.searchParams.get('key');
  if (parsed.pathname.startsWith('/sync/')) {
    try {
      return { endpoint: 'sync', room: decodeURIComponent(parsed.pathname.slice('/sync/'.length)), key };
    } catch {
      return null;
    }
  }
  if (parsed.pathname === '/signal') return { endpoint: 'signal', room: parsed.searchParams.get('room') ?? '', key };
  return null;
}

/**
 * The one answer for every refused upgrade (unknown room, closed room, wrong or missing key,
 * unknown path), so a refusal says nothing about which rooms exist.
 */
export function refuseUpgrade(socket: Duplex): void {
  socket.once('finish', () => socket.destroy());
  socket.once('error', () => socket.destroy());
  socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}
