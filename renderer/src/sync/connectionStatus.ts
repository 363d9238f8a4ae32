/**
 * The connection state shown to people: connected, reconnecting (briefly after a drop, while the
 * provider retries), or offline since a given time (the browser says it is offline, or
 * reconnecting has gone on long enough that "reconnecting" would be a false promise).
 */
/** `peers`: open WebRTC data channels, which keep a participant in sync while the hub is away. */
export type ConnectionStatus =
  | { state: 'connecting'; peers: number }
  | { state: 'connected'; peers: number }
  | { state: 'reconnecting'; since: number; peers: number }
  | { state: 'offline'; since: number; peers: number };

/** How long after a drop the pill still says "reconnecting" rather than "offline since". */
export const reconnectingGraceMs = 10_000;

export function describeStatus(connected: boolean, lostAt: number | undefined, browserOnline: boolean, now: number, peers: number): ConnectionStatus {
  if (connected) return { state: 'connected', peers };
  if (lostAt === undefined) return { state: 'connecting', peers };
  if (!browserOnline || now - lostAt >= reconnectingGraceMs) return { state: 'offline', since: lostAt, peers };
  return { state: 'reconnecting', since: lostAt, peers };
}
