// Hub benchmark: the same workloads against the Baraza hub and the reference y-websocket server
// (@y/websocket-server 0.1.1), each in its own child process, reported side by side with the ratio.
// Run with `npm run bench -- hub`. Results and their meaning: docs/BENCHMARKS.md, "Hub".
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startServer, type ServerHandle } from './hub/serverHandle';
import { median, percentile, printTable, type Row } from './hub/stats';
import { bytesForOneCard, editToVisibleLatency, fullDayWorkshop, lateJoin, steadyLoad } from './hub/workloads';

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
  const servers = { reference: await startServer('reference'), hub: await startServer('hub') };
  const rows: Row[] = [];
  const divergences: string[] = [];
  let hubFirst = false;
  const both = async <T>(measure: (server: ServerHandle) => Promise<T & { converged: boolean }>, label: string): Promise<{ reference: T; hub: T }> => {
    // Alternating which server goes first cancels out any drift within the run.
    hubFirst = !hubFirst;
    const order = hubFirst ? [servers.hub, servers.reference] : [servers.reference, servers.hub];
    const results = new Map<ServerHandle, T & { converged: boolean }>();
    for (const server of order) {
      await settle();
      results.set(server, await measure(server));
    }
    const reference = results.get(servers.reference)!;
    const hub = results.get(servers.hub)!;
    if (!reference.converged) divergences.push(`${label} (reference)`);
    if (!hub.converged) divergences.push(`${label} (hub)`);
    return { reference, hub };
  };
  try {
    for (const count of clientCounts) {
      const result = await both((server) => editToVisibleLatency(server, count, latencySamples), `latency ${count}`);
      for (const p of [50, 95, 99]) {
        rows.push({ figure: `edit visible, ${count} clients, p${p}`, reference: percentile(result.reference.samples, p), hub: percentile(result.hub.samples, p), unit: 'ms' });
      }
    }
    const seed = fullDayWorkshop();
    const joins = await both((server) => lateJoin(server, seed, 5), 'late join');
    rows.push({ figure: 'late join, 5k cards + 20k votes (median of 5)', reference: median(joins.reference.samples), hub: median(joins.hub.samples), unit: 'ms' });
    // Fresh server processes, so the memory figure is this load's and not the late join's history.
    for (const kind of ['reference', 'hub'] as const) {
      await servers[kind].stop();
      servers[kind] = await startServer(kind);
    }
    const load = await both((server) => steadyLoad(server, 100, loadSeconds), 'load');
    rows.push({ figure: `server CPU, 100 clients × 1 edit/s (${loadSeconds} s)`, reference: load.reference.cpuPercent, hub: load.hub.cpuPercent, unit: '%' });
    rows.push({ figure: 'server peak RSS under that load', reference: load.reference.rssMiB, hub: load.hub.rssMiB, unit: 'MiB' });
    rows.push({ figure: 'server live heap after that load (after GC)', reference: load.reference.liveHeapMiB, hub: load.hub.liveHeapMiB, unit: 'MiB' });
    const wire = await both((server) => bytesForOneCard(server), 'wire');
    rows.push({ figure: 'bytes on the wire, one added card (2 clients)', reference: wire.reference.bytes, hub: wire.hub.bytes, unit: 'B' });
  } finally {
    await servers.reference.stop();
    await servers.hub.stop();
  }
  printTable(rows);
  console.log(divergences.length === 0 ? 'Divergence: none (every run ended with identical documents on all clients and the server).' : `DIVERGENCE in: ${divergences.join(', ')}`);
  if (divergences.length > 0) process.exitCode = 1;
}
