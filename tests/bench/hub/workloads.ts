// The four hub workloads, each run the same way against any server handle. Every room is seeded
// as the facilitator seeds it, and participants write what the app writes: cards (addCard) and
// ballots (`<pollId>/<identity>`), under the identity the server knows them by.
import * as Y from 'yjs';
import { benchClient, connectAll, destroyAll, identical, sameStateVector, until, wire, type BenchClient } from './benchClients';
import type { ServerHandle } from './serverHandle';
import { writeBallot, writeCard, type BenchWorkshop } from './workshop';

/**
 * The facilitator's app connects to the room and writes the workshop into it in one update, then
 * leaves; resolves once the server holds it all. The reference server gets the same update from
 * a client without credentials.
 */
export async function seedRoom(server: ServerHandle, room: string, seed: Y.Doc): Promise<void> {
  const facilitator = benchClient(server, room, server.facilitator);
  await until(() => facilitator.provider.synced, `the facilitator synced in ${room}`);
  Y.applyUpdate(facilitator.doc, Y.encodeStateAsUpdate(seed, Y.encodeStateVector(facilitator.doc)));
  await waitForServerState(server, room, Y.encodeStateVector(seed));
  destroyAll([facilitator]);
}

/**
 * N participants of one server, ready to measure edit-to-visible latency: the time from one
 * client's edit until every other client has it, one edit at a time. Edits go in rounds: in one,
 * each client adds a card; in the next, each replaces its ballot with dots on the three newest
 * cards; and so on.
 */
export class LatencyProbe {
  private waitingFor = '';
  private seen = 0;
  private edits = 0;
  private readonly cardIds: string[] = [];
  readonly samples: number[] = [];

  private constructor(
    readonly server: ServerHandle,
    private readonly room: string,
    private readonly workshop: BenchWorkshop,
    private readonly clients: BenchClient[],
  ) {
    for (const client of clients) {
      for (const root of ['cards', 'votes']) {
        client.doc.getMap(root).observe((event) => {
          // Only arrivals count: the writer's own edit is seen at once.
          if (!event.transaction.local && this.waitingFor !== '' && event.keysChanged.has(this.waitingFor)) this.seen++;
        });
      }
    }
  }

  static async connect(server: ServerHandle, clientCount: number, workshop: BenchWorkshop): Promise<LatencyProbe> {
    const room = `latency-${clientCount}`;
    await seedRoom(server, room, workshop.doc);
    return new LatencyProbe(server, room, workshop, await connectAll(server, room, clientCount));
  }

  /** Makes `count` edits from the clients in turn; `record` false is a warm-up. */
  async measure(count: number, record = true): Promise<void> {
    for (let i = 0; i < count; i++) {
      const index = this.edits++;
      const writer = this.clients[index % this.clients.length]!;
      const ballotRound = Math.floor(index / this.clients.length) % 2 === 1;
      this.seen = 0;
      const started = performance.now();
      if (ballotRound) {
        this.waitingFor = writeBallot(writer.doc, this.workshop.poll, writer.id, this.cardIds.slice(-3), Date.now());
      } else {
        this.waitingFor = writeCard(writer.doc, this.workshop, writer.id, `Idea ${index}: a mobile clinic for the northern districts`, Date.now());
        this.cardIds.push(this.waitingFor);
      }
      await until(() => this.seen >= this.clients.length - 1, `edit ${index} visible to ${this.clients.length - 1} clients`);
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

/** Everyone else has left; a newcomer joins. Time from connecting until its doc is identical. */
export async function lateJoinOnce(server: ServerHandle, seedDoc: Y.Doc): Promise<{ ms: number; converged: boolean }> {
  const target = Y.encodeStateVector(seedDoc);
  // The identity is asked for before the clock starts: the figure is the sync, the same work
  // for both servers.
  const identity = await server.join('late-join');
  const doc = new Y.Doc();
  const started = performance.now();
  const joiner = benchClient(server, 'late-join', identity, doc);
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
  throw new Error(`${server.kind} never received the seed of ${room}`);
}

export interface LoadResult {
  cpuPercent: number;
  rssMiB: number;
  /** Heap in use after a full collection at the end of the load: what the server really keeps. */
  liveHeapMiB: number;
  edits: number;
  converged: boolean;
}

/**
 * 100 participants each making one edit per second (phases spread over the second) for
 * `seconds`: a new card, then their ballot replaced with dots on their own newest cards, in turn.
 */
export async function steadyLoad(server: ServerHandle, workshop: BenchWorkshop, clientCount: number, seconds: number): Promise<LoadResult> {
  const room = 'load';
  await seedRoom(server, room, workshop.doc);
  const clients = await connectAll(server, room, clientCount);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = await server.stats();
  const startedAt = performance.now();
  let edits = 0;
  let peakRss = before.memory.rss;
  const timers = clients.map((client, index) =>
    setTimeout(() => {
      const own: string[] = [];
      let ticks = 0;
      const tick = (): void => {
        edits++;
        if (ticks++ % 2 === 0) own.push(writeCard(client.doc, workshop, client.id, 'A shared data catalogue for the county', Date.now()));
        else writeBallot(client.doc, workshop.poll, client.id, own.slice(-3), Date.now());
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

/** All bytes both participants send and receive for one card added by one of the two, idle. */
export async function bytesForOneCard(server: ServerHandle, workshop: BenchWorkshop): Promise<WireResult> {
  await seedRoom(server, 'bytes', workshop.doc);
  const clients: BenchClient[] = await connectAll(server, 'bytes', 2);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const [writer, reader] = clients as [BenchClient, BenchClient];
  wire.sent = 0;
  wire.received = 0;
  const id = writeCard(writer.doc, workshop, writer.id, 'Idea: a mobile clinic for the northern districts', 1_780_000_000_000);
  await until(() => reader.doc.getMap('cards').has(id), 'the reader sees the card');
  await new Promise((resolve) => setTimeout(resolve, 300)); // any echo to the writer arrives too
  const bytes = wire.sent + wire.received;
  const converged = identical([writer.doc, reader.doc]);
  destroyAll(clients);
  return { bytes, converged };
}
