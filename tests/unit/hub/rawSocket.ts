// Low-level clients for tests that must see exactly what the hub sends: raw TCP for upgrade
// refusals, and a plain `ws` socket for hand-made frames.
import { connect } from 'node:net';
import WebSocket from 'ws';

/** Sends a WebSocket upgrade request and returns every byte the hub answers before closing. */
export function rawUpgrade(port: number, path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(), 3000);
  });
}

/** Opens a socket; `received` collects every message from the first one on. `localAddress`: the
 *  loopback address to connect from (see fromAddress.ts), so the hub counts it as another device. */
export function openSocket(url: string, localAddress?: string): Promise<WebSocket & { received: Buffer[] }> {
  return new Promise((resolve, reject) => {
    const socket = Object.assign(new WebSocket(url, localAddress ? { localAddress } : {}), { received: [] as Buffer[] });
    socket.on('message', (data) => socket.received.push(data as Buffer));
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
  });
}

export function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) resolve(-1);
    else socket.once('close', (code) => resolve(code));
  });
}
