/**
 * The link a participant opens (and the QR code encodes): the hub's address, then the room and
 * secret in the fragment, which browsers never send to a server. The renderer reads them from
 * the fragment and presents the secret as `?key=` on its WebSocket URLs.
 */
import { networkInterfaces } from 'node:os';

export function joinLink(hubOrigin: string, room: string, secret: string): string {
  return `${hubOrigin.replace(/\/+$/, '')}/#/join/${encodeURIComponent(room)}/${encodeURIComponent(secret)}`;
}

/** IPv4 addresses of this machine's non-internal interfaces: the candidates for a join link. */
export function lanAddresses(): string[] {
  const addresses: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) addresses.push(entry.address);
    }
  }
  return addresses;
}
