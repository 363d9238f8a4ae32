/**
 * The link a participant opens (and the QR code encodes), built the same way by the hub and by
 * the facilitator's app: the hub's address, then the room and secret in the fragment, which
 * browsers never send to a server. The renderer reads them from the fragment (app/router.ts) and
 * presents the secret as `?key=` on its WebSocket URLs.
 */
export function joinLink(hubOrigin: string, room: string, secret: string): string {
  return `${hubOrigin.replace(/\/+$/, '')}/#/join/${encodeURIComponent(room)}/${encodeURIComponent(secret)}`;
}

/** http://<address>:<port>, with an IPv6 address in brackets as URLs need it. */
export function hubOrigin(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}
