import type { Role } from '../access/roomRegistry';

/** What a room needs from one connected client; the WebSocket details stay in syncConnection.ts. */
export interface SyncPeer {
  readonly role: Role;
  send(message: Uint8Array): void;
  /** Asks the client again, later, for what the hub lacks (after a refused update). */
  scheduleResync(): void;
  /** Ends the connection (when its room can no longer be served). */
  close(code: number, reason: string): void;
}
