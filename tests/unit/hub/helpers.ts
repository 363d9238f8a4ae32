// Shared set-up for the hub tests: a real hub on 127.0.0.1 with a random port and a temporary
// data directory, and real y-websocket clients that must go through it (BroadcastChannel off).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createHub, type Hub, type HubOptions } from '../../../electron/hub';
import type { HubLogger } from '../../../electron/hub/options';

export interface CapturingLogger extends HubLogger {
  warnings: string[];
  errors: string[];
}

export function capturingLogger(): CapturingLogger {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { warnings, errors, info: () => {}, warn: (m) => warnings.push(m), error: (m) => errors.push(m) };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `baraza-${prefix}-`));
}

export interface TestHub {
  hub: Hub;
  dataDir: string;
  logger: CapturingLogger;
  syncUrl: string;
  stop(): Promise<void>;
}

export async function startTestHub(options: Partial<HubOptions> = {}): Promise<TestHub> {
  const dataDir = options.dataDir ?? tempDir('hub');
  const logger = capturingLogger();
  const hub = await createHub({ port: 0, hosts: ['127.0.0.1'], webDir: join(dataDir, 'no-web'), logger, ...options, dataDir });
  return {
    hub,
    dataDir,
    logger,
    syncUrl: `ws://127.0.0.1:${hub.port}/sync`,
    async stop() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** A facilitator connects with the facilitator secret (`key`); a participant or judge with the
 *  token the hub issued them (`{ token }`). */
export function connectClient(syncUrl: string, room: string, credential: string | { token: string } | undefined, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: credential === undefined ? {} : typeof credential === 'string' ? { key: credential } : { token: credential.token },
    maxBackoffTime: 300,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
    },
  };
}

/** A participant as the app joins: an identity from the hub (with the join secret), then a
 *  connection with its token. */
export function joinAsParticipant(testHub: TestHub, room: string, doc = new Y.Doc()): TestClient & { id: string; token: string } {
  const access = testHub.hub.room(room);
  if (!access) throw new Error(`no room ${room}`);
  const issued = testHub.hub.rooms.admitParticipant(room, access.secret);
  if (typeof issued === 'string') throw new Error(`not admitted: ${issued}`);
  return { ...connectClient(testHub.syncUrl, room, { token: issued.token }, doc), id: issued.id, token: issued.token };
}

export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Same state vector and same content; map key order differs between replicas, so it is sorted. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b))) && canonicalJson(a) === canonicalJson(b);
}

/** Root types every hub test uses, each always with the same Yjs type. */
const testMapRoots = ['cards', 'votes', 'meta', 'parts', 'run', 'ratings', 'clusters', 'questions', 'participants'];
const testArrayRoots = ['list'];
const testTextRoots = ['notes'];

/** The content of the test roots with map keys sorted (key order differs between replicas). */
export function canonicalJson(doc: Y.Doc): string {
  const content: Record<string, unknown> = {};
  for (const name of testMapRoots) content[name] = doc.getMap(name).toJSON();
  for (const name of testArrayRoots) content[name] = doc.getArray(name).toJSON();
  for (const name of testTextRoots) content[name] = doc.getText(name).toString();
  return JSON.stringify(content, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
