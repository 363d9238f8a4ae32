// The four hub workloads, each run the same way against any server handle.
import * as Y from 'yjs';
import { benchClient, connectAll, destroyAll, identical, sameStateVector, until, wire, type BenchClient } from './benchClients';
import type { ServerHandle } from './serverHandle';

export interface LatencyResult {
  clients: number;
  samples: number[];
  converged: boolean;
}

/** Time from one client's edit until every other client has it, one edit at a time. */
export async function editToVisibleLatency(server: ServerHandle, clientCount: number, sampleCount: number): Promise<LatencyResult> {
  const room = `latency-${clientCount}`;
  const clients = await connectAll(server.syncUrl, room, server.key, clientCount);
  let waitingFor = '';
  let seen = 0;
  for (const client of clients) {
    client.doc.getMap('cards').observe((event) => {
      if (waitingFor !== '' && event.keysChanged.has(waitingFor)) seen++;
    });
  }
  const samples: number[] = [];
  const warmup = 20;
  for (let i = 0; i < warmup + sampleCount; i++) {
    const writer = clients[i % clientCount]!;
    waitingFor = `card-${i}`;
    seen = 0;
    const started = performance.now();
    writer.doc.getMap('cards').set(waitingFor, { text: `idea ${i}`, author: writer.doc.clientID });
    // The writer's own observer counts its local edit too.
    await until(() => seen >= clientCount, `edit ${i} visible to ${clientCount - 1} clients`);
    if (i >= warmup) samples.push(performance.now() - started);
  }
  const converged = identical(clients.map((client) => client.doc)) && sameStateVector(await server.stateVector(room), Y.encodeStateVector(clients[0]!.doc));
  destroyAll(clients);
  return { clients: clientCount, samples, converged };
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

export interface LateJoinResult {
  samples: number[];
  converged: boolean;
}

/** Everyone else has left; a newcomer connects. Time from connecting until its doc is identical. */
export async function lateJoin(server: ServerHandle, seedDoc: Y.Doc, joins: number): Promise<LateJoinResult> {
  const room = 'late-join';
  const seed = benchClient(server.syncUrl, room, server.key, seedDoc);
  const target = Y.encodeStateVector(seedDoc);
  await until(() => seed.provider.synced, 'the seed client synced');
  await waitForServerState(server, room, target);
  seed.provider.destroy();
  // The seed doc is reused for the other server; its presence timer must not keep Node alive.
  seed.provider.awareness.destroy();
  const samples: number[] = [];
  let converged = true;
  for (let i = 0; i < joins; i++) {
    const doc = new Y.Doc();
    const started = performance.now();
    const joiner = benchClient(server.syncUrl, room, server.key, doc);
    await until(() => joiner.provider.synced && sameStateVector(Y.encodeStateVector(doc), target), 'the late joiner is identical');
    samples.push(performance.now() - started);
    converged &&= identical([doc, seedDoc]);
    destroyAll([joiner]);
  }
  return { samples, converged };
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
