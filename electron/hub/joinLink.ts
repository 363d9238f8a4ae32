/**
 * The link a participant opens (and the QR code encodes): the hub's address, then the room and
 * secret in the fragment, which browsers never send to a server. The renderer reads them from
 * the fragment and presents the secret as `?key=` on its WebSocket URLs.
 */
import { networkInterfaces } from 'node:os';
import { selectJoinAddresses, type JoinAddress } from './net/joinAddresses';

export function joinLink(hubOrigin: string, room: string, secret: string): string {
  return `${hubOrigin.replace(/\/+$/, '')}/#/join/${encodeURIComponent(room)}/${encodeURIComponent(secret)}`;
}

/** http://<address>:<port>, with an IPv6 address in brackets as URLs need it. */
export function hubOrigin(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/**
 * This machine's addresses that phones can use to reach a hub listening on `listenHosts` (all
 * interfaces by default), best first; never loopback (see net/joinAddresses.ts).
 */
export function lanAddresses(listenHosts: readonly string[] = [], advertised: readonly string[] = []): JoinAddress[] {
  return selectJoinAddresses(networkInterfaces(), listenHosts, advertised);
}
