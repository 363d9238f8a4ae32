/**
 * The hub: one HTTP port serving the web renderer, the Yjs sync relay (/sync/<room>), joining
 * and the facilitator's room controls (/rooms/<room>/...), short-code joins (/join/<code>) and
 * /health. Plain Node, so the desktop app runs it in a utility process and `npm run hub` runs it
 * headless.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { JoinRateLimiter } from './access/joinRateLimiter';
import { RoomRegistry, type OpenRoomOptions, type RoomAccess } from './access/roomRegistry';
import { lockDataDir } from './dataDirLock';
import { adminRoomsPath, createAdminLimiter, serveAdminRooms } from './http/adminRooms';
import { createHubServer, logServerErrors } from './http/hubServer';
import { joinPathPrefix, serveJoinCode } from './http/joinCode';
import { AttemptLimiter } from './access/attemptLimiter';
import { roomsPathPrefix, serveRoomRoutes, type RoomControl } from './http/roomRoutes';
import { json, plain, serveStatic } from './http/staticFiles';
import { parseUpgradeTarget, refuseUpgrade } from './http/upgradeRequest';
import { lanAddresses } from './lanAddresses';
import { listenOnHosts } from './listen';
import type { JoinAddress } from './net/joinAddresses';
import { ConnectionsPerAddress } from './net/connectionsPerAddress';
import { Heartbeat } from './net/heartbeat';
import { resolveHubOptions, type HubOptions } from './options';
import { roomControl } from './roomControl';
import { RoomReplicas } from './sync/roomReplicas';
import { encodeHubNotice } from './sync/messages';
import { serveSyncConnection } from './sync/syncConnection';
import { limitedClientKey, unmappedAddress } from './net/clientAddress';

export interface Hub {
  /** The port actually bound (the requested one, or a free one if it was taken). */
  readonly port: number;
  /** http://<host>:<port> for the first configured host (127.0.0.1 when listening on all). */
  readonly url: string;
  /** Opens a room for joining, or reopens it; an existing room keeps its secrets unless given. */
  openRoom(room: string, options?: OpenRoomOptions): RoomAccess;
  /** Stops new participant joins; connected clients stay. */
  closeRoom(room: string): void;
  room(room: string): RoomAccess | undefined;
  /** The encoded state of a room's replica (loads it from disk if needed). For tests and export. */
  roomState(room: string): Uint8Array;
  /** Live connection counts, for the facilitator's "who is connected" view. */
  stats(): { rooms: number; loadedRooms: number; syncConnections: number };
  /** The addresses join links should carry, best first: never loopback unless the operator named
   *  it, only interfaces the hub listens on (see net/joinAddresses.ts). Read afresh each time:
   *  a laptop joins the venue's Wi-Fi after the hub started. */
  joinAddresses(): JoinAddress[];
  /** Joining, people and the facilitator's controls, as /rooms/<room>/... offers them. */
  readonly rooms: RoomControl;
  close(): Promise<void>;
}

const version = 1;

/**
 * permessage-deflate (HubOptions.perMessageDeflate): only messages of 1 KiB and more (a first sync, a pasted
 * description) are worth compressing, and without context takeover each connection keeps no
 * compression window between messages, so a room of a hundred phones does not hold a hundred
 * zlib windows. The size limit still applies to the inflated message.
 */
const deflateSettings = { threshold: 1024, serverNoContextTakeover: true, clientNoContextTakeover: true, zlibDeflateOptions: { level: 6 } };

export async function createHub(options: HubOptions): Promise<Hub> {
  const settings = resolveHubOptions(options);
  const { limits, logger } = settings;
  // Before anything reads or writes the folder: a second hub on it stops here (see dataDirLock.ts).
  const dataDirLock = lockDataDir(settings.dataDir, logger);
  const registry = new RoomRegistry(settings.dataDir, logger);
  const replicas = new RoomReplicas(settings);
  const rooms = roomControl(registry, replicas);
  // A facilitator's app shows whether new people can join; it learns of every change here.
  const joinsNotice = (room: string) => encodeHubNotice({ kind: 'joins', detail: registry.get(room)?.open ? 'open' : 'closed' });
  registry.onJoinsChanged = (room) => replicas.loadedRoom(room)?.broadcastToFacilitators(joinsNotice(room));
  const roomLimiters = {
    attempts: createAdminLimiter(limits),
    identities: new AttemptLimiter({ attemptsPerMinute: limits.identitiesPerAddressPerMinute, freeFailures: Number.POSITIVE_INFINITY, backoffBaseMs: limits.failureBackoffBaseMs, backoffMaxMs: limits.failureBackoffMaxMs, forgetAfterMs: limits.attemptMemoryMs, maxKeys: limits.maxTrackedAddresses }),
  };
  const joinLimiter = new JoinRateLimiter(limits);
  const adminLimiter = createAdminLimiter(limits);
  const connections = new ConnectionsPerAddress(limits.maxConnectionsPerAddress, settings.trustedAddresses, logger);
  const trustedAddresses = new Set(settings.trustedAddresses.map(unmappedAddress));
  const heartbeat = new Heartbeat(limits.heartbeatMs);
  const startedAt = Date.now();

  const syncServer = new WebSocketServer({ noServer: true, maxPayload: limits.maxSyncFrameBytes, perMessageDeflate: settings.perMessageDeflate ? deflateSettings : false });

  const handleRequest = (request: IncomingMessage, response: ServerResponse): void | Promise<void> => {
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://hub.invalid').pathname;
    } catch {
      return plain(response, 400, 'Bad request');
    }
    if (pathname === adminRoomsPath) return serveAdminRooms(request, response, options.adminToken, adminLimiter, adminTarget);
    if (pathname.startsWith(roomsPathPrefix)) return serveRoomRoutes(request, response, pathname, roomLimiters, rooms);
    if (pathname.startsWith(joinPathPrefix) && (request.method === 'GET' || request.method === 'POST')) return serveJoinCode(request, response, pathname, joinLimiter, registry);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (pathname === '/health') {
      return json(response, 200, {
        ok: true,
        service: 'baraza-hub',
        version,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        rooms: registry.size,
        connections: { sync: replicas.peerCount },
      });
    }
    return serveStatic(settings.webDir, pathname, request, response);
  };

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const target = parseUpgradeTarget(request.url);
    const writer = target ? registry.authorize(target.room, target.key, target.token) : null;
    if (!target || !writer) return refuseUpgrade(socket);
    syncServer.handleUpgrade(request, socket, head, (ws) => {
      heartbeat.watch(ws);
      const address = limitedClientKey(request.socket.remoteAddress, trustedAddresses);
      const greeting = writer.role === 'facilitator' ? [joinsNotice(target.room)] : [];
      serveSyncConnection(ws, { room: target.room, writer, address, notices: target.notices, greeting }, replicas, limits, logger);
    });
  };

  const joinAddresses = (): JoinAddress[] => lanAddresses(settings.hosts, settings.joinAddresses);
  // The admin endpoint needs the bound port for its join links; it is read only after listen.
  const adminTarget = {
    joinAddresses,
    openRoom: (room: string) => registry.open(room),
    closeRoom: (room: string) => registry.close(room),
    room: (room: string) => registry.get(room),
    get port() {
      return boundPort;
    },
  };
  let boundPort = 0;

  const servers: Server[] = settings.hosts.map(() => createHubServer(limits, connections, logger, { request: handleRequest, upgrade: handleUpgrade }));
  const port = await listenOnHosts(servers, settings.hosts, settings.port, settings.strictPort).catch((error: unknown) => {
    dataDirLock.release();
    throw error;
  });
  for (const server of servers) logServerErrors(server, logger);
  boundPort = port;
  const firstHost = settings.hosts[0]!;
  const urlHost = firstHost === '0.0.0.0' || firstHost === '::' ? '127.0.0.1' : firstHost.includes(':') ? `[${firstHost}]` : firstHost;
  logger.info(`listening on ${settings.hosts.join(', ')} port ${port}`);

  return {
    port,
    url: `http://${urlHost}:${port}`,
    openRoom: (room, roomOptions) => registry.open(room, roomOptions),
    closeRoom: (room) => registry.close(room),
    room: (room) => registry.get(room),
    roomState: (room) => replicas.inspect(room),
    joinAddresses,
    stats: () => ({ rooms: registry.size, loadedRooms: replicas.loadedCount, syncConnections: replicas.peerCount }),
    rooms,
    async close() {
      heartbeat.stop();
      for (const client of syncServer.clients) client.terminate();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })));
      syncServer.close();
      await replicas.closeAll();
      dataDirLock.release();
    },
  };
}
