/**
 * Everything a caller can tune about the hub, with the defaults a facilitator's laptop gets.
 * Limits are generous enough for a full-day workshop and small enough that one misbehaving
 * client cannot exhaust the hub (see docs/HUB.md, "Limits").
 */
import type { RoomProblem, StorageIo } from './storage/storageTypes';

export interface HubLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface HubLimits {
  /** Largest WebSocket frame accepted on /sync; larger frames close that connection. */
  maxSyncFrameBytes: number;
  /** Largest frame a participant's connection may send: one person's edits, even after a day
   *  offline, are far below it. */
  maxParticipantFrameBytes: number;
  /** Structs in one participant update (a day of typing is a few thousand). */
  maxStructsPerUpdate: number;
  /** About how large a room may grow on disk before participants' additions are refused (the
   *  estimate errs high); far enough below what the app accepts in one frame (16 MiB) that a
   *  newcomer can always load the room. */
  roomQuotaBytes: number;
  /** What one participant may add to a room while it is loaded. */
  bytesPerPersonPerRoom: number;
  /** Refused updates per identity per minute that cost a rebuild; past it, that person's updates
   *  are refused unread for the rest of the minute. */
  refusalsPerMinute: number;
  /** The same, per address, over every identity it holds (identities are cheap to ask for). */
  refusalsPerAddressPerMinute: number;
  /** Bytes of sync answers the hub must encode for one client (a reconnecting device's; a
   *  newcomer's is kept ready for all), per identity and per address each minute; each answer
   *  counts as at least 64 KiB, since even a small one walks the whole room. An honest device asks
   *  once per connection. Past it, the connection is closed and the client retries after its
   *  backoff. */
  freshSyncBytesPerMinute: number;
  freshSyncBytesPerAddressPerMinute: number;
  /** Presence states one connection may hold (the app needs one). */
  maxPresenceStatesPerConnection: number;
  /** New participant identities one address may ask for per minute. */
  identitiesPerAddressPerMinute: number;
  /** Token bucket per connection: sustained messages per second and the burst above it. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Token bucket per connection for bytes; the burst must admit one maximum-size frame. */
  bytesPerSecond: number;
  byteBurst: number;
  /** A connection whose unsent backlog grows past this is closed rather than buffered. */
  maxBufferedBytes: number;
  /** How often the hub pings; a connection that has not answered the previous ping is dropped. */
  heartbeatMs: number;
  /** Short-code lookups (/join/<code>) one address may make per minute (all at once if quiet). */
  joinAttemptsPerMinute: number;
  /** Failed lookups an address may make before each further failure makes it wait (backoff). */
  joinFreeFailures: number;
  /** Lookups of one code per minute from all addresses together: a room of phones typing it. */
  joinLookupsPerCodePerMinute: number;
  /** POST /admin/rooms requests one address may make per minute, and refused tokens before backoff. */
  adminAttemptsPerMinute: number;
  adminFreeFailures: number;
  /** The backoff: the first wait after the free failures, doubled per further failure, up to the max. */
  failureBackoffBaseMs: number;
  failureBackoffMaxMs: number;
  /** An address (or code) that has made no attempt for this long is forgotten, failures included. */
  attemptMemoryMs: number;
  /** At most this many addresses are remembered per limited endpoint; the least recent go first. */
  maxTrackedAddresses: number;
  /** Open sockets (HTTP and WebSocket together) per remote address, except `trustedAddresses`;
   *  IPv6 addresses count per /64, the block one device can pick addresses from. */
  maxConnectionsPerAddress: number;
  /** Time a client has to send a request's headers, and its whole request (Node's http server). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How long an idle keep-alive HTTP connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** A socket that sends and receives nothing for this long before its WebSocket upgrade is
   *  closed. Upgraded sockets are watched by the heartbeat instead. */
  idleSocketTimeoutMs: number;
}

export interface HubOptions {
  /** Port to listen on; if taken, the hub falls back to a free port (see `strictPort`). */
  port?: number;
  /** Fail instead of falling back when `port` is taken. */
  strictPort?: boolean;
  /** Interfaces to listen on; one server per address, all on the same port. */
  hosts?: string[];
  /** The addresses phones use to reach this hub, when the hub cannot see them on its own
   *  interfaces (behind NAT, in a container; tests on one machine name loopback here). Join
   *  links carry exactly these; without them, the non-loopback addresses the hub listens on. */
  joinAddresses?: string[];
  /** The built web renderer (`npm run build:web` writes out/web). */
  webDir?: string;
  /** Compress sync messages of 1 KiB and more with WebSocket permessage-deflate. It makes a
   *  newcomer's first sync of a big room a fifth of the bytes; off by default until the hub's
   *  hostile-input suites have been run with it on a quiet machine (docs/BENCHMARKS.md,
   *  "Compression"). */
  perMessageDeflate?: boolean;
  /** Where room documents and the room registry live. */
  dataDir: string;
  /** Compact a room's update log once it is larger than this (and than its snapshot). */
  compactAfterBytes?: number;
  /** fsync every log record: survives power loss, not just a crashed process. Slower. */
  fsyncEachUpdate?: boolean;
  /** Unload a room's replica from memory after it has had no connection for this long. */
  idleUnloadMs?: number;
  limits?: Partial<HubLimits>;
  logger?: HubLogger;
  /** Enables POST /admin/rooms for requests bearing this token (a browser facilitator's way to
   *  open rooms on a headless hub). Without it the endpoint does not exist. */
  adminToken?: string;
  /** Remote addresses exempt from `maxConnectionsPerAddress`: by default this machine's loopback,
   *  where the facilitator's own app windows connect (see docs/SECURITY.md). */
  trustedAddresses?: string[];
  /** Told when a room's storage fails or was found damaged, so the facilitator's app can say so
   *  (see docs/HUB.md, "Persistence"). Called synchronously; must not throw. */
  onRoomProblem?: (room: string, problem: RoomProblem) => void;
  /** The writes room logs are appended with; node:fs unless a test needs writes to fail. */
  storageIo?: StorageIo;
}

export const defaultPort = 4455;

export const defaultLimits: HubLimits = {
  maxSyncFrameBytes: 8 * 1024 * 1024,
  maxParticipantFrameBytes: 2 * 1024 * 1024,
  maxStructsPerUpdate: 50_000,
  roomQuotaBytes: 12 * 1024 * 1024,
  bytesPerPersonPerRoom: 4 * 1024 * 1024,
  refusalsPerMinute: 3,
  refusalsPerAddressPerMinute: 6,
  freshSyncBytesPerMinute: 64 * 1024 * 1024,
  freshSyncBytesPerAddressPerMinute: 128 * 1024 * 1024,
  maxPresenceStatesPerConnection: 2,
  identitiesPerAddressPerMinute: 20,
  messagesPerSecond: 300,
  messageBurst: 1000,
  bytesPerSecond: 2 * 1024 * 1024,
  byteBurst: 16 * 1024 * 1024,
  maxBufferedBytes: 64 * 1024 * 1024,
  heartbeatMs: 30_000,
  joinAttemptsPerMinute: 20,
  joinFreeFailures: 5,
  joinLookupsPerCodePerMinute: 600,
  adminAttemptsPerMinute: 30,
  adminFreeFailures: 3,
  failureBackoffBaseMs: 1_000,
  failureBackoffMaxMs: 5 * 60_000,
  attemptMemoryMs: 60 * 60_000,
  maxTrackedAddresses: 16_384,
  maxConnectionsPerAddress: 48,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketTimeoutMs: 15_000,
};

export interface ResolvedHubOptions {
  port: number;
  strictPort: boolean;
  hosts: string[];
  joinAddresses: string[];
  webDir: string;
  perMessageDeflate: boolean;
  dataDir: string;
  compactAfterBytes: number;
  fsyncEachUpdate: boolean;
  idleUnloadMs: number;
  limits: HubLimits;
  logger: HubLogger;
  trustedAddresses: string[];
  onRoomProblem?: (room: string, problem: RoomProblem) => void;
  storageIo?: StorageIo;
}

export const consoleLogger: HubLogger = {
  info: (message) => console.log(`[hub] ${message}`),
  warn: (message) => console.warn(`[hub] ${message}`),
  error: (message) => console.error(`[hub] ${message}`),
};

export function resolveHubOptions(options: HubOptions): ResolvedHubOptions {
  return {
    port: options.port ?? defaultPort,
    strictPort: options.strictPort ?? false,
    hosts: options.hosts && options.hosts.length > 0 ? options.hosts : ['0.0.0.0'],
    joinAddresses: options.joinAddresses ?? [],
    webDir: options.webDir ?? 'out/web',
    perMessageDeflate: options.perMessageDeflate ?? false,
    dataDir: options.dataDir,
    compactAfterBytes: options.compactAfterBytes ?? 4 * 1024 * 1024,
    fsyncEachUpdate: options.fsyncEachUpdate ?? false,
    idleUnloadMs: options.idleUnloadMs ?? 10 * 60_000,
    limits: { ...defaultLimits, ...options.limits },
    logger: options.logger ?? consoleLogger,
    trustedAddresses: options.trustedAddresses ?? ['127.0.0.1', '::1'],
    onRoomProblem: options.onRoomProblem,
    storageIo: options.storageIo,
  };
}
