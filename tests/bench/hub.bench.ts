// Hub benchmark: the same workloads against the Baraza hub and the reference y-websocket server
// (@y/websocket-server 0.1.1), each in its own child process, reported side by side with the ratio.
// Run with `npm run bench -- hub`. Results and their meaning: docs/BENCHMARKS.md, "Hub".
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import { bundleServerEntry } from './hub/bundleServer';
import { startServer } from './hub/serverHandle';
import { median, percentile, printTable, type Row } from './hub/stats';
import { bytesForOneCard, lateJoinOnce, LatencyProbe, seedRoom, steadyLoad, type LoadResult } from './hub/workloads';
import { brainstormAndVote, fullDayWorkshop } from './hub/workshop';

const clientCounts = [2, 10, 50, 100];
const latencySamples = Number(process.env.HUB_BENCH_SAMPLES ?? 300);
const loadSeconds = Number(process.env.HUB_BENCH_LOAD_SECONDS ?? 10);

/**
 * The clients of one measurement leave garbage behind in this process; collecting it between
 * measurements keeps one server's run from paying for the other's.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const settle = async (): Promise<void> => {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 300));
};

export async function run(): Promise<void> {
  process.setMaxListeners(0); // every y-websocket provider in Node listens for process exit
  const entry = await bundleServerEntry();
  let servers = { reference: await startServer('reference', entry), hub: await startServer('hub', entry) };
  const rows: Row[] = [];
  const divergences: string[] = [];
  const check = (converged: boolean, label: string): void => {
    if (!converged) divergences.push(label);
  };
  // The hub warns of every update it refuses: a figure measured on refused writes means nothing.
  const warnings: string[] = [];
  const stopServer = async (kind: 'reference' | 'hub'): Promise<void> => {
    const { warnings: count } = await servers[kind].stats();
    if (count > 0) warnings.push(`${kind}: ${count}`);
    await servers[kind].stop();
  };
  const workshop = brainstormAndVote();
  try {
    // Both servers' clients stay connected and the servers take turns in short blocks, so a
    // noisy neighbour on this machine slows both alike instead of whichever ran at that moment.
    for (const count of clientCounts) {
      const probes = [await LatencyProbe.connect(servers.reference, count, workshop), await LatencyProbe.connect(servers.hub, count, workshop)];
      for (const probe of probes) await probe.measure(20, false);
      const blocks = 10;
      for (let block = 0; block < blocks; block++) {
        for (const probe of block % 2 === 0 ? probes : [...probes].reverse()) {
          await settle();
          await probe.measure(Math.ceil(latencySamples / blocks));
        }
      }
      const [reference, hub] = probes as [LatencyProbe, LatencyProbe];
      for (const p of [50, 95, 99]) {
        rows.push({ figure: `edit visible, ${count} clients, p${p}`, reference: percentile(reference.samples, p), hub: percentile(hub.samples, p), unit: 'ms' });
      }
      check(await reference.finish(), `latency ${count} (reference)`);
      check(await hub.finish(), `latency ${count} (hub)`);
    }

    const day = fullDayWorkshop();
    const seed = day.workshop.doc;
    console.log(`full-day workshop: ${day.cards} cards, ${day.ballots} ballots with ${day.dots} dots, ${(Y.encodeStateAsUpdate(seed).length / 2 ** 20).toFixed(2)} MiB encoded`);
    const joins = { reference: [] as number[], hub: [] as number[] };
    for (const kind of ['reference', 'hub'] as const) await seedRoom(servers[kind], 'late-join', seed);
    for (let i = 0; i < 10; i++) {
      for (const kind of i % 2 === 0 ? (['reference', 'hub'] as const) : (['hub', 'reference'] as const)) {
        await settle();
        const join = await lateJoinOnce(servers[kind], seed);
        joins[kind].push(join.ms);
        check(join.converged, `late join (${kind})`);
      }
    }
    rows.push({ figure: 'late join, 5k cards + 2k ballots (20k dots) (median of 10)', reference: median(joins.reference), hub: median(joins.hub), unit: 'ms' });

    // Fresh server processes, so the memory figure is this load's and not the late join's
    // history; two rounds each, in the order reference, hub, hub, reference.
    const loads = { reference: [] as LoadResult[], hub: [] as LoadResult[] };
    for (const kind of ['reference', 'hub', 'hub', 'reference'] as const) {
      await stopServer(kind);
      servers = { ...servers, [kind]: await startServer(kind, entry) };
      await settle();
      const load = await steadyLoad(servers[kind], workshop, 100, loadSeconds);
      loads[kind].push(load);
      check(load.converged, `load (${kind})`);
    }
    const mean = (kind: 'reference' | 'hub', pick: (load: LoadResult) => number): number => loads[kind].reduce((sum, load) => sum + pick(load), 0) / loads[kind].length;
    rows.push({ figure: `server CPU, 100 clients × 1 edit/s (${loadSeconds} s, mean of 2)`, reference: mean('reference', (l) => l.cpuPercent), hub: mean('hub', (l) => l.cpuPercent), unit: '%' });
    rows.push({ figure: 'server peak RSS under that load', reference: mean('reference', (l) => l.rssMiB), hub: mean('hub', (l) => l.rssMiB), unit: 'MiB' });
    rows.push({ figure: 'server live heap after that load (after GC)', reference: mean('reference', (l) => l.liveHeapMiB), hub: mean('hub', (l) => l.liveHeapMiB), unit: 'MiB' });

    const wire = { reference: await bytesForOneCard(servers.reference, workshop), hub: await bytesForOneCard(servers.hub, workshop) };
    check(wire.reference.converged, 'wire (reference)');
    check(wire.hub.converged, 'wire (hub)');
    rows.push({ figure: 'bytes on the wire, one added card (2 clients)', reference: wire.reference.bytes, hub: wire.hub.bytes, unit: 'B' });
  } finally {
    await stopServer('reference');
    await stopServer('hub');
  }
  printTable(rows);
  console.log(divergences.length === 0 ? 'Divergence: none (every run ended with identical documents on all clients and the server).' : `DIVERGENCE in: ${divergences.join(', ')}`);
  console.log(warnings.length === 0 ? 'Refusals: none (the hub accepted every update).' : `REFUSALS OR WARNINGS from ${warnings.join(', ')}`);
  if (divergences.length > 0 || warnings.length > 0) process.exitCode = 1;
}
