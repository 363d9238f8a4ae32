// The four hub workloads, each run the same way against any server handle.
import * as Y from 'yjs';
import { benchClient, connectAll, destroyAll, identical, sameStateVector, until, wire, type BenchClient } from './benchClients';
import type { ServerHandle } from './serverHandle';

/**
 * N clients of one server, ready to measure edit-to-visible latency: the time from one client's
 * edit until every other client has it, one edit at a time.
 */
export class LatencyProbe {
  private waitingFor = '';
  private seen = 0;
  private edits = 0;
  readonly samples: number[] = [];

  private constructor(
    readonly server: ServerHandle,
    private readonly room: string,
    private readonly clients: BenchClient[],
  ) {
    for (const client of clients) {
      client.doc.getMap('cards').observe((event) => {
        if (this.waitingFor !== '' && event.keysChanged.has(this.waitingFor)) this.seen++;
      });
    }
  }

  static async connect(server: ServerHandle, clientCount: number): Promise<LatencyProbe> {
    const room = `latency-${clientCount}`;
    return new LatencyProbe(server, room, await connectAll(server.syncUrl, room, server.key, clientCount));
  }

  /** Makes `count` edits from the clients in turn; `record` false is a warm-up. */
  async measure(count: number, record = true): Promise<void> {
    for (let i = 0; i < count; i++) {
      const index = this.edits++;
      const writer = this.clients[index % this.clients.length]!;
      this.waitingFor = `card-${index}`;
      this.seen = 0;
      const started = performance.now();
      writer.doc.getMap('cards').set(this.waitingFor, { text: `idea ${index}`, author: writer.doc.clientID });
      // The writer's own observer counts its local edit too.
      await until(() => this.seen >= this.clients.length, `edit ${index} visible to ${this.clients.length - 1} clients`);
      if (record) this.samples.push(performance.now() - started);
    }
  }

  async finish(): Promise<boolean> {
    const docs = this.clients.map((client) => client.doc);
    const converged = identical(docs) && sameStateVector(await this.server.stateVector(this.room), Y.encodeStateVector(docs[0]!));
    destroyAll(this.clients);
    return converged;
  }
}

/** A full-day workshop: 5,000 cards (Y.Maps in 'cards') and 20,000 votes (in 'votes'). */
export function fullDayWorkshop(): Y.Doc {
  const doc = new Y.Doc();
  const cards = doc.getMap<Y.Map<unknown>>('cards');
  const votes = doc.getMap<unknown>('votes');
  doc.transact(() => {
    for (let i = 0; i < 5000; i++) {
      const card = new Y.Map<unknown>();
      cards.set(`card-${i}`, card);
      card.set('id', `card-${i}`);
      card.set('text', `Idea number ${i}: improve access to services in district ${i % 40}`);
      card.set('author', `participant-${i % 60}`);
      card.set('part', `part-${i % 12}`);
      card.set('createdAt', 1_700_000_000_000 + i * 1000);
    }
    for (let i = 0; i < 20_000; i++) votes.set(`vote-${i}`, { card: `card-${i % 5000}`, voter: `participant-${i % 60}`, value: 1 + (i % 3) });
  });
  return doc;
}

/** Uploads the workshop to the server through one client, which then leaves. */
export async function seedLateJoinRoom(server: ServerHandle, seedDoc: Y.Doc): Promise<void> {
  const seed = benchClient(server.syncUrl, 'late-join', server.key, seedDoc);
  await until(() => seed.provider.synced, 'the seed client synced');
  await waitForServerState(server, 'late-join', Y.encodeStateVector(seedDoc));
  seed.provider.destroy();
  // The seed doc is reused for the other server; its presence timer must not keep Node alive.
  seed.provider.awareness.destroy();
}

/** Everyone else has left; a newcomer connects. Time from connecting until its doc is identical. */
export async function lateJoinOnce(server: ServerHandle, seedDoc: Y.Doc): Promise<{ ms: number; converged: boolean }> {
  const target = Y.encodeStateVector(seedDoc);
  const doc = new Y.Doc();
  const started = performance.now();
  const joiner = benchClient(server.syncUrl, 'late-join', server.key, doc);
  await until(() => joiner.provider.synced && sameStateVector(Y.encodeStateVector(doc), target), 'the late joiner is identical');
  const ms = performance.now() - started;
  const converged = identical([doc, seedDoc]);
  destroyAll([joiner]);
  return { ms, converged };
}

async function waitForServerState(server: ServerHandle, room: string, target: Uint8Array): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (sameStateVector(await server.stateVector(room), target)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${server.kind} never received the seed document`);
}

export interface LoadResult {
  cpuPercent: number;
  rssMiB: number;
  /** Heap in use after a full collection at the end of the load: what the server really keeps. */
  liveHeapMiB: number;
  edits: number;
  converged: boolean;
}

/** 100 clients each making one edit per second (phases spread over the second) for `seconds`. */
export async function steadyLoad(server: ServerHandle, clientCount: number, seconds: number): Promise<LoadResult> {
  const room = 'load';
  const clients = await connectAll(server.syncUrl, room, server.key, clientCount);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = await server.stats();
  const startedAt = performance.now();
  let edits = 0;
  let peakRss = before.memory.rss;
  const timers = clients.map((client, index) =>
    setTimeout(() => {
      const tick = (): void => {
        client.doc.getMap('cards').set(`card-${index}-${edits++}`, { text: 'a new idea', votes: 0 });
      };
      tick();
      timers[index] = setInterval(tick, 1000);
    }, (index * 1000) / clientCount),
  );
  const sampler = setInterval(() => {
    void server.stats().then((stats) => {
      peakRss = Math.max(peakRss, stats.memory.rss);
    });
  }, 1000);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  clearInterval(sampler);
  const after = await server.stats();
  const elapsedMs = performance.now() - startedAt;
  const cpuMicros = after.cpu.user - before.cpu.user + after.cpu.system - before.cpu.system;
  const target = Y.encodeStateVector(clients[0]!.doc);
  await until(() => identical(clients.map((client) => client.doc)), 'all load clients converge');
  const converged = sameStateVector(await server.stateVector(room), Y.encodeStateVector(clients[0]!.doc)) && target.length > 0;
  const live = await server.stats(true);
  destroyAll(clients);
  return {
    cpuPercent: (cpuMicros / 1000 / elapsedMs) * 100,
    rssMiB: Math.max(peakRss, after.memory.rss) / 2 ** 20,
    liveHeapMiB: live.memory.heapUsed / 2 ** 20,
    edits,
    converged,
  };
}

export interface WireResult {
  bytes: number;
  converged: boolean;
}

/** All bytes both clients send and receive for one card added by one of two idle clients. */
export async function bytesForOneCard(server: ServerHandle): Promise<WireResult> {
  const clients: BenchClient[] = await connectAll(server.syncUrl, 'bytes', server.key, 2);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const [writer, reader] = clients as [BenchClient, BenchClient];
  wire.sent = 0;
  wire.received = 0;
  const card = new Y.Map<unknown>();
  writer.doc.transact(() => {
    writer.doc.getMap('cards').set('card-new', card);
    card.set('id', 'card-new');
    card.set('text', 'Idea: a mobile clinic for the northern districts');
    card.set('author', 'participant-7');
    card.set('part', 'part-3');
    card.set('createdAt', 1_700_000_000_000);
  });
  await until(() => reader.doc.getMap('cards').has('card-new'), 'the reader sees the card');
  await new Promise((resolve) => setTimeout(resolve, 300)); // any echo to the writer arrives too
  const bytes = wire.sent + wire.received;
  const converged = identical([writer.doc, reader.doc]);
  destroyAll(clients);
  return { bytes, converged };
}
