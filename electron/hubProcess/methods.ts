/**
 * What the hub's utility process answers, and how. The main process calls these by name through
 * the RPC layer (electron/rpc/); adding a method is one line in `HubMethods`, one handler below,
 * and the call where the main process needs it.
 */
import { createHub, type Hub, type HubOptions, type RoomAccess } from '../hub';
import type { RpcHandlers } from '../rpc/protocol';

export interface HubStartOptions {
  dataDir: string;
  webDir: string;
  /** The port wanted; the hub takes a free one if it is in use. */
  port: number;
  /** Interfaces to listen on; all of them when absent. */
  hosts?: string[];
}

export interface HubProcessStatus {
  port: number;
  rooms: number;
  loadedRooms: number;
  syncConnections: number;
}

export type HubMethods = {
  /** Starts the hub; the main process calls it once, right after starting the process. */
  start(options: HubStartOptions): { port: number };
  openRoom(room: string): RoomAccess;
  closeRoom(room: string): void;
  /** The room as the hub keeps it (secrets, code, open or not), if it knows it. */
  room(room: string): RoomAccess | undefined;
  status(): HubProcessStatus;
  /** Deletes a room and everything the hub kept of it. */
  forgetRoom(room: string): void;
  close(): void;
};

export function hubMethodHandlers(create: (options: HubOptions) => Promise<Hub> = createHub): RpcHandlers<HubMethods> {
  let hub: Hub | undefined;
  let started = false;
  const running = (): Hub => {
    if (!hub) throw new Error('the hub is not running');
    return hub;
  };
  return {
    async start(options) {
      // One hub per process: a second start would only fail on the data folder's lock.
      if (started) throw new Error('the hub in this process was already started');
      started = true;
      hub = await create({ dataDir: options.dataDir, webDir: options.webDir, port: options.port, hosts: options.hosts });
      return { port: hub.port };
    },
    openRoom: (room) => running().openRoom(room),
    closeRoom: (room) => running().closeRoom(room),
    room: (room) => running().room(room),
    status: () => ({ port: running().port, ...running().stats() }),
    forgetRoom: (room) => running().rooms.forget(room),
    async close() {
      const closing = hub;
      hub = undefined;
      await closing?.close();
    },
  };
}
