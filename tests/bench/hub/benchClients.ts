// y-websocket clients for the benchmark, with a WebSocket that counts the bytes it sends and
// receives (payload bytes of whole messages, the same way for both servers).
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Identity, ServerHandle } from './serverHandle';

export const wire = { sent: 0, received: 0 };

/** The TCP sockets under the clients' WebSockets: their byte counts include framing and any
 *  compression, which the payload counts above cannot see. */
export const rawSockets = new Set<{ bytesRead: number; bytesWritten: number }>();
export function rawBytes(): number {
  let total = 0;
  for (const socket of rawSockets) total += socket.bytesRead + socket.bytesWritten;
  return total;
}

class CountingWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    this.once('open', () => rawSockets.add((this as unknown as { _socket: { bytesRead: number; bytesWritten: number } })._socket));
    // y-websocket sets binaryType to 'arraybuffer', so messages arrive as ArrayBuffers.
    this.on('message', (data: ArrayBuffer | Buffer) => {
      wire.received += data.byteLength;
    });
  }

  override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
    wire.sent += (data as ArrayBufferLike | ArrayBufferView).byteLength;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

export interface BenchClient {
  /** The identity the client writes as: its cards' author, its ballots' key. */
  id: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** One client as the app connects: the hub's participants with their token, its facilitator
 *  with the facilitator secret; the reference server's clients with nothing. */
export function benchClient(server: ServerHandle, room: string, identity: Identity, doc = new Y.Doc()): BenchClient {
  const provider = new WebsocketProvider(server.syncUrl, room, doc, {
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: identity.params,
  });
  // No presence: every client's presence is renewed every 15 s and re-broadcast to all others,
  // and with 200 clients in this process those bursts would dominate the latency tails of both
  // servers. The figures measure document edits.
  provider.awareness.setLocalState(null);
  return { id: identity.id, doc, provider };
}

export async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`benchmark timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** `count` participants join (each with an identity of their own) and sync. */
export async function connectAll(server: ServerHandle, room: string, count: number): Promise<BenchClient[]> {
  const identities: Identity[] = [];
  for (let i = 0; i < count; i++) identities.push(await server.join(room));
  const clients = identities.map((identity) => benchClient(server, room, identity));
  await until(() => clients.every((client) => client.provider.synced), `${count} clients synced`);
  return clients;
}

export function destroyAll(clients: BenchClient[]): void {
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
}

export function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const left = Y.decodeStateVector(a);
  const right = Y.decodeStateVector(b);
  if (left.size !== right.size) return false;
  for (const [client, clock] of left) if (right.get(client) !== clock) return false;
  return true;
}

/** Same state vector and the same workshop, cards and votes in every doc (map key order is ignored). */
export function identical(docs: Y.Doc[]): boolean {
  const first = docs[0];
  if (!first) return true;
  const vector = Y.encodeStateVector(first);
  const content = canonical(first);
  return docs.every((doc) => sameStateVector(Y.encodeStateVector(doc), vector) && canonical(doc) === content);
}

function canonical(doc: Y.Doc): string {
  const roots = ['meta', 'parts', 'cards', 'votes'].map((name) => [name, doc.getMap(name).toJSON()]);
  return JSON.stringify(Object.fromEntries(roots), (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}
