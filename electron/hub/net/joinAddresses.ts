/**
 * Which addresses a join link may carry: those a phone in the room can reach. A phone cannot
 * reach this machine's loopback, nor an interface the hub does not listen on, so a link or QR
 * code with either is useless to everyone but the facilitator (who would not notice: it works on
 * their own laptop). Pure: the interfaces come in as os.networkInterfaces() gives them, so tests
 * pass fakes.
 */
import type { NetworkInterfaceInfo } from 'node:os';

export type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** A join address and the interface it belongs to (shown beside it when there is a choice). */
export type JoinAddress = { address: string; interface: string };

const everyInterface = new Set(['0.0.0.0', '::', '']);

/** Loopback by address, whatever the interface table says: 127/8, ::1, and "localhost". */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || bare.startsWith('127.') || bare.startsWith('::ffff:127.');
}

// Interfaces that virtual machines, containers and VPNs create: reachable from this machine,
// almost never from a phone on the venue's Wi-Fi, so offered last.
const virtualInterface = /^(docker|br-|veth|virbr|vmnet|vboxnet|vethernet|utun|tun|tap|zt|tailscale|wg)/i;

function rank(entry: JoinAddress): number {
  const { address } = entry;
  let score = 0;
  if (virtualInterface.test(entry.interface)) score += 10;
  // A link-local address means no DHCP answered: that interface is not on the venue's network.
  if (address.startsWith('169.254.')) score += 20;
  // Home, hotspot and venue networks use the private ranges; a public address is rarer on a LAN.
  else if (!/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address)) score += 1;
  return score;
}

/**
 * The addresses to offer in join links, best first: every non-loopback IPv4 address of an
 * interface the hub listens on (all of them for 0.0.0.0 or ::), or, when the operator named the
 * addresses phones use (`advertised`, for a hub behind NAT or in a container), those as given.
 */
export function selectJoinAddresses(interfaces: InterfaceTable, listenHosts: readonly string[], advertised: readonly string[] = []): JoinAddress[] {
  if (advertised.length > 0) return advertised.map((address) => ({ address, interface: '' }));
  const listensEverywhere = listenHosts.length === 0 || listenHosts.some((host) => everyInterface.has(host));
  const found: JoinAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal || isLoopback(entry.address)) continue;
      if (!listensEverywhere && !listenHosts.includes(entry.address)) continue;
      if (found.some((known) => known.address === entry.address)) continue;
      found.push({ address: entry.address, interface: name });
    }
  }
  // A stable sort: equally good addresses keep the system's order.
  return found.map((entry, index) => ({ entry, index })).sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index).map(({ entry }) => entry);
}
