/**
 * The connection state shown to people: connected, reconnecting (briefly after a drop, while the
 * provider retries), or offline since a given time (the browser says it is offline, or
 * reconnecting has gone on long enough that "reconnecting" would be a false promise).
 */
export type ConnectionStatus =
  | { state: 'connecting' }
  | { state: 'connected' }
  | { state: 'reconnecting'; since: number }
  | { state: 'offline'; since: number };

/** How long after a drop the pill still says "reconnecting" rather than "offline since". */
export const reconnectingGraceMs = 10_000;

export function describeStatus(connected: boolean, lostAt: number | undefined, browserOnline: boolean, now: number): ConnectionStatus {
  if (connected) return { state: 'connected' };
  if (lostAt === undefined) return { state: 'connecting' };
  if (!browserOnline || now - lostAt >= reconnectingGraceMs) return { state: 'offline', since: lostAt };
  return { state: 'reconnecting', since: lostAt };
}
