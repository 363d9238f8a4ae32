/**
 * Wraps the hub's HTTP and upgrade handlers so that no request, however malformed, can take the
 * process down: a handler that throws (or whose promise rejects) answers that one request 500,
 * or destroys that one socket, and logs the error. Logs never carry the URL: its query may hold
 * a room's secret.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HubLogger } from '../options';
import { plain } from './staticFiles';

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;
type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

export function guardRequests(handle: RequestHandler, logger: HubLogger): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const fail = (error: unknown): void => {
      logger.error(`a ${request.method ?? ''} request failed: ${describe(error)}`);
      if (response.headersSent || response.destroyed) {
        response.destroy();
        return;
      }
      try {
        plain(response, 500, 'Internal error', { Connection: 'close' });
      } catch {
        response.destroy();
      }
    };
    try {
      const pending = handle(request, response);
      if (pending) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

export function guardUpgrades(handle: UpgradeHandler, logger: HubLogger): UpgradeHandler {
  return (request, socket, head) => {
    // Node removes its own error listener from an upgraded socket; without one, a reset by the
    // client would be an uncaught exception.
    socket.on('error', () => socket.destroy());
    try {
      handle(request, socket, head);
    } catch (error) {
      logger.error(`an upgrade failed: ${describe(error)}`);
      socket.destroy();
    }
  };
}

/**
 * A request Node's parser rejects (bad bytes, headers too large, too slow): answer with the
 * matching status when nothing has been sent yet, then close.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  const answered = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage?.headersSent ?? false;
  if (socket.writable && !answered) socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
