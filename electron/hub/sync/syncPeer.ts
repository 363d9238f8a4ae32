import type { Writer } from '../../../shared/access/writer';

/** What a room needs from one connected client; the WebSocket details stay in syncConnection.ts. */
export interface SyncPeer {
  /** Who this connection writes as: decided by the hub at the upgrade, never by the client. */
  readonly writer: Writer;
  /** The client asked for the hub's notices (message type 5): the app's facilitator windows. */
  readonly wantsNotices: boolean;
  /** The client's address as the hub's limits count it (see net/clientAddress.ts), or undefined
   *  for a trusted address such as the facilitator's own machine. */
  readonly address: string | undefined;
  send(message: Uint8Array): void;
  /** Asks the client again, after a growing delay, for what the hub lacks (after a refused update). */
  scheduleResync(): void;
  /** Ends this connection (expelled, room forgotten, or a limit broken). */
  close(code: number, reason: string): void;
}
