/**
 * Drops connections that stopped answering: every interval the hub pings each socket, and a
 * socket that has not sent a pong since the previous ping is terminated. Browsers answer pings
 * in their network stack, so a live tab never trips this, however busy its page is.
 */
import type { WebSocket } from 'ws';

export class Heartbeat {
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly sockets = new Set<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  watch(socket: WebSocket): void {
    this.alive.set(socket, true);
    this.sockets.add(socket);
    socket.on('pong', () => this.alive.set(socket, true));
    socket.on('close', () => this.sockets.delete(socket));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private beat(): void {
    for (const socket of this.sockets) {
      if (this.alive.get(socket) !== true) {
        socket.terminate();
        this.sockets.delete(socket);
        continue;
      }
      this.alive.set(socket, false);
      try {
        socket.ping();
      } catch {
        socket.terminate();
      }
    }
  }
}
