/**
 * One of the hub's HTTP servers (one per interface), hardened against clients that hold
 * sockets without using them: headers must arrive within `headersTimeoutMs` and the whole
 * request within `requestTimeoutMs`, a socket idle for `idleSocketTimeoutMs` before its upgrade
 * is closed, and each address may hold at most `maxConnectionsPerAddress` sockets. Handlers run
 * guarded (guards.ts), so no input can end the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ConnectionsPerAddress } from '../net/connectionsPerAddress';
import type { HubLimits, HubLogger } from '../options';
import { answerClientError, guardRequests, guardUpgrades } from './guards';

export interface HubServerHandlers {
  request(request: IncomingMessage, response: ServerResponse): void | Promise<void>;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
}

type TimeoutLimits = Pick<HubLimits, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs' | 'idleSocketTimeoutMs'>;

export function createHubServer(limits: TimeoutLimits, connections: ConnectionsPerAddress, logger: HubLogger, handlers: HubServerHandlers): Server {
  const requestTimeout = limits.requestTimeoutMs;
  const headersTimeout = Math.min(limits.headersTimeoutMs, requestTimeout);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node enforces the two timeouts above only when it checks, every 30 s by default; a
      // check a few times per timeout keeps a slow client from holding its socket much longer.
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    guardRequests(handlers.request, logger),
  );
  // Node closes an HTTP socket idle this long. It stops watching at the upgrade, and ws clears
  // the timer once the WebSocket is open, so live WebSockets are left to the heartbeat.
  server.timeout = limits.idleSocketTimeoutMs;
  server.on('connection', (socket) => connections.admit(socket));
  server.on('upgrade', guardUpgrades(handlers.upgrade, logger));
  server.on('clientError', answerClientError);
  return server;
}

/**
 * After listening, errors on the server itself (accept failing when the process is out of file
 * descriptors, say) are logged; without a listener Node would throw them and end the process.
 */
export function logServerErrors(server: Server, logger: HubLogger): void {
  server.on('error', (error) => logger.error(`http server: ${error.message}`));
}
