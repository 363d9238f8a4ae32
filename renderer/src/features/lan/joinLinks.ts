import { hubOrigin, joinLink } from '@shared/joinLink';

/**
 * The join links a facilitator offers, built only from the addresses the hub says phones can
 * reach. The address the facilitator's own browser uses is never one of them by default: it is
 * often localhost, which works on the laptop and nowhere else.
 */
export type ListedAddresses = { port: number; addresses: string[]; interfaces?: string[]; room: string; secret: string };

/** A link per listed address, and the interface of each by host name. No address, no link. */
export function linksFromListing(listing: ListedAddresses): { links: string[]; interfaces: Record<string, string> } {
  const interfaces: Record<string, string> = {};
  const links = listing.addresses.map((address, index) => {
    const origin = hubOrigin(address, listing.port);
    const name = listing.interfaces?.[index];
    if (name) interfaces[new URL(origin).hostname] = name;
    return joinLink(origin, listing.room, listing.secret);
  });
  return { links, interfaces };
}

/** The links with the one on `hostname` first, whatever its port (the facilitator's pick
 *  survives a restart of the hub on another port, as long as that address still exists). */
export function preferHost(links: readonly string[], hostname: string | undefined): string[] {
  const chosen = hostname ? links.find((link) => new URL(link).hostname === hostname) : undefined;
  return chosen ? [chosen, ...links.filter((link) => link !== chosen)] : [...links];
}
