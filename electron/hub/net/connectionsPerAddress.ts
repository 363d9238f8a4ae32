/**
 * Caps the sockets one address may hold open, HTTP and WebSocket together, so that one client
 * cannot take all of the hub's file descriptors. A socket over the cap is reset as soon as it is
 * accepted, before a byte of it is parsed. A phone holds a handful (page loads open up to six,
 * then one sync WebSocket); the default leaves room for several devices behind
 * one NAT. Trusted addresses (this machine's loopback) are not counted.
 */
import type { Socket } from 'node:net';
import type { HubLogger } from '../options';
import { clientKey, limitedClientKey, unmappedAddress } from './clientAddress';

export class ConnectionsPerAddress {
  // Only addresses with an open socket have an entry, so this is bounded by the open sockets.
  private readonly open = new Map<string, number>();
  // Addresses that reached the cap since they last had no socket open: a flood logs one line.
  private readonly reported = new Set<string>();
  private readonly trusted: ReadonlySet<string>;

  constructor(
    private readonly maxPerAddress: number,
    trustedAddresses: string[],
    private readonly logger: HubLogger,
  ) {
    this.trusted = new Set(trustedAddresses.map(unmappedAddress));
  }

  /** Counts `socket` until it closes, or resets it when its address already has the maximum. */
  admit(socket: Socket): void {
    const remote = socket.remoteAddress;
    if (remote === undefined) {
      socket.destroy(); // the peer is already gone
      return;
    }
    const key = limitedClientKey(remote, this.trusted);
    if (key === undefined) return;
    const count = this.open.get(key) ?? 0;
    if (count >= this.maxPerAddress) {
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.logger.warn(`${key} has ${count} connections open, the most allowed; refusing more (HubLimits.maxConnectionsPerAddress)`);
      }
      socket.resetAndDestroy();
      return;
    }
    this.open.set(key, count + 1);
    socket.once('close', () => this.release(key));
  }

  /** Open sockets counted for an address (for tests and diagnostics). */
  openFrom(remote: string): number {
    return this.open.get(clientKey(remote)) ?? 0;
  }

  private release(key: string): void {
    const left = (this.open.get(key) ?? 1) - 1;
    if (left > 0) {
      this.open.set(key, left);
    } else {
      this.open.delete(key);
      this.reported.delete(key);
    }
  }
}
