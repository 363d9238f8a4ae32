/**
 * Which identity owns each Yjs client id in a room. Yjs ids are (client id, clock) and nobody
 * authenticates them, so a participant who wrote under someone else's client id could take the
 * clocks of that person's next edits and make every replica ignore them. The hub therefore binds
 * a client id to the first identity that announces it (in presence) or writes under it while the
 * hub has nothing of it, and refuses anyone else's structs under it. Bindings are stored with the
 * room (as metadata records in its log), so they survive a restart.
 */
import { facilitatorIdentity, type Writer } from '../../../shared/access/writer';

/** Client ids one participant may hold in a room: a new one per reload, so a day's worth. */
export const maxClientIdsPerIdentity = 500;

export class ClientOwners {
  private readonly owners = new Map<number, string>();
  private readonly counts = new Map<string, number>();

  /** Restores bindings from the room's stored metadata (`{"clients": {"<id>": "<identity>"}}`). */
  load(stored: Record<string, unknown> | undefined): void {
    for (const [client, identity] of Object.entries(stored ?? {})) {
      const id = Number(client);
      if (Number.isInteger(id) && id >= 0 && typeof identity === 'string') this.set(id, identity);
    }
  }

  ownerOf(client: number): string | undefined {
    return this.owners.get(client);
  }

  /**
   * May the writer author structs under `client`, of which the hub has `known` clocks? Its own
   * client ids, or a fresh one nobody has written under. The facilitator may write under any:
   * a facilitator's upload can carry merged workshop files, whose client ids came from anywhere.
   */
  mayAuthor(writer: Writer, client: number, known: number): boolean {
    if (writer.role === 'facilitator') return true;
    const owner = this.owners.get(client);
    if (owner !== undefined) return owner === writer.id;
    return known === 0 && (this.counts.get(writer.id) ?? 0) < maxClientIdsPerIdentity;
  }

  /**
   * The bindings that writing (or announcing) under `clients` would add for this writer: the
   * ones still unbound, within the per-identity limit. Nothing changes until commit(), which the
   * caller runs once the bindings are on disk.
   */
  bindingsFor(writer: Writer, clients: Iterable<number>): Record<string, string> | undefined {
    const identity = writer.role === 'facilitator' ? facilitatorIdentity : writer.id;
    let count = this.counts.get(identity) ?? 0;
    let added: Record<string, string> | undefined;
    for (const client of clients) {
      if (this.owners.has(client)) continue;
      if (writer.role !== 'facilitator' && count >= maxClientIdsPerIdentity) break;
      (added ??= {})[String(client)] = identity;
      count++;
    }
    return added;
  }

  commit(bindings: Record<string, string>): void {
    for (const [client, identity] of Object.entries(bindings)) if (!this.owners.has(Number(client))) this.set(Number(client), identity);
  }

  private set(client: number, identity: string): void {
    this.owners.set(client, identity);
    this.counts.set(identity, (this.counts.get(identity) ?? 0) + 1);
  }
}
