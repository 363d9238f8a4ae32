// Child-process entry for the hub benchmark: runs either the Baraza hub or the reference
// @y/websocket-server 0.1.1, so that servers never compete with the benchmark's clients for the
// same event loop. Answers IPC requests for its CPU, memory and a room's state vector.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

/** 'hub' is the hub as shipped (no WebSocket compression); 'hub-deflate' the same with
 *  permessage-deflate turned on (deflate.bench.ts). */
export type ServerKind = 'hub' | 'hub-deflate' | 'reference';
export type ServerRequest = { id: number; type: 'stats'; collect?: boolean } | { id: number; type: 'stateVector'; room: string };
/** What the child reports once it listens: the join secret participants present to be issued an
 *  identity, and the facilitator secret the seeding connection presents. */
export type ServerReady = { ready: true; port: number; joinSecret: string; facilitatorSecret: string };

export const benchRooms = ['latency-2', 'latency-10', 'latency-50', 'latency-100', 'late-join', 'load', 'bytes'] as const;

const kind = process.argv[2] as ServerKind;
const joinSecret = 'bench-secret-0123456789abcdef';
const facilitatorSecret = `${joinSecret}-facilitator`;
let stateVectorOf: (room: string) => Uint8Array;
let port: number;
/** The hub's warnings: a refused update, a closed connection. A realistic workload causes none. */
let warnings = 0;
let cleanup = (): void => {};

if (kind === 'hub' || kind === 'hub-deflate') {
  const { createHub } = await import('../../../electron/hub');
  const dataDir = mkdtempSync(join(tmpdir(), 'baraza-bench-hub-'));
  const quiet = {
    info: () => {},
    warn: (message: string) => {
      warnings++;
      if (warnings <= 5) console.error(`[bench hub] ${message}`);
    },
    error: (message: string) => console.error(message),
  };
  const hub = await createHub({
    port: 0,
    hosts: ['127.0.0.1'],
    dataDir,
    logger: quiet,
    perMessageDeflate: kind === 'hub-deflate',
    // Every client of the benchmark joins from 127.0.0.1, a few hundred of them within minutes;
    // at a venue each device asks from its own address. Only these per-address allowances are
    // raised: every identity is still issued by POST /rooms/<room>/people with the join secret.
    limits: { identitiesPerAddressPerMinute: 100_000, adminAttemptsPerMinute: 100_000 },
  });
  // Every workload uses its own room; all share one pair of secrets.
  for (const room of benchRooms) hub.openRoom(room, { secret: joinSecret, facilitatorSecret });
  port = hub.port;
  stateVectorOf = (room) => Y.encodeStateVectorFromUpdate(hub.roomState(room));
  cleanup = () => rmSync(dataDir, { recursive: true, force: true });
} else {
  const { setupWSConnection, docs } = await import('@y/websocket-server/utils');
  const server = createServer((_request, response) => response.end('okay'));
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', setupWSConnection);
  server.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  // The reference names a doc by the URL path after the first slash: "sync/<room>".
  stateVectorOf = (room) => {
    const doc = docs.get(`sync/${room}`);
    return doc ? Y.encodeStateVector(doc) : new Uint8Array([0]);
  };
}

process.on('message', (request: ServerRequest) => {
  if (request.type === 'stats') {
    // Collecting first (the child runs with --expose-gc) measures live memory, not GC timing.
    if (request.collect) (globalThis as { gc?: () => void }).gc?.();
    process.send!({ id: request.id, cpu: process.cpuUsage(), memory: process.memoryUsage(), warnings });
  } else {
    process.send!({ id: request.id, stateVector: Buffer.from(stateVectorOf(request.room)).toString('base64') });
  }
});
process.on('disconnect', () => {
  cleanup();
  process.exit(0);
});
process.send!({ ready: true, port, joinSecret, facilitatorSecret } satisfies ServerReady);
