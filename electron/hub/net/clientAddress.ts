/**
 * Who a connection comes from, as the hub's limits count it. An IPv4 client reaching a
 * dual-stack listener appears as ::ffff:a.b.c.d; that is the same client as a.b.c.d. An IPv6
 * device picks its own addresses from its network's /64 (privacy addresses change at will), so
 * all addresses in one /64 count as one client, or a single phone could be thousands of them.
 */
import { isIPv6 } from 'node:net';

/** The remote address as the client would write it: an IPv4-mapped address becomes plain IPv4. */
export function unmappedAddress(remote: string): string {
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(remote)?.[1] ?? remote;
}

/** The key a client's allowances are kept under. */
export function clientKey(remote: string | undefined): string {
  if (remote === undefined) return 'unknown';
  const address = unmappedAddress(remote);
  return isIPv6(address) ? `${ipv6Prefix64(address)}::/64` : address;
}

/** The key a client's allowances are kept under, or undefined for a trusted address (the
 *  facilitator's own machine), which has none. */
export function limitedClientKey(remote: string | undefined, trusted: ReadonlySet<string>): string | undefined {
  if (remote !== undefined && trusted.has(unmappedAddress(remote))) return undefined;
  return clientKey(remote);
}

/** The first four groups of an IPv6 address, written without leading zeros. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.replace(/%.*$/, '').split('::');
  const groupsOf = (part: string): string[] => (part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])));
  const headGroups = groupsOf(head);
  const tailGroups = tail === undefined ? [] : groupsOf(tail);
  const zeros = Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  return [...headGroups, ...zeros, ...tailGroups]
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':');
}
