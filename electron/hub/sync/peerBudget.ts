import { MinuteBudget } from './minuteBudget';
import type { SyncPeer } from './syncPeer';

/**
 * A per-minute allowance for one costly kind of work, kept for each identity and for each
 * address: a device that asks for a new identity whenever one runs dry still runs dry. Trusted
 * addresses (the facilitator's own machine) have no address allowance, and facilitators none at all.
 */
export class PeerBudget {
  private readonly identities: MinuteBudget;
  private readonly addresses: MinuteBudget;

  constructor(perIdentity: number, perAddress: number, now: () => number = Date.now) {
    this.identities = new MinuteBudget(perIdentity, now);
    this.addresses = new MinuteBudget(perAddress, now);
  }

  spent(peer: Pick<SyncPeer, 'writer' | 'address'>): boolean {
    if (peer.writer.role === 'facilitator') return false;
    return this.identities.spent(peer.writer.id) || (peer.address !== undefined && this.addresses.spent(peer.address));
  }

  record(peer: Pick<SyncPeer, 'writer' | 'address'>, amount = 1): void {
    if (peer.writer.role === 'facilitator') return;
    this.identities.record(peer.writer.id, amount);
    if (peer.address !== undefined) this.addresses.record(peer.address, amount);
  }
}
