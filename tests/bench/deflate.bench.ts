// WebSocket permessage-deflate on the hub: what it saves on the wire for a newcomer's first sync
// of a big room, and what it costs the hub in CPU and memory under the steady load of the hub
// benchmark. Run with `npm run bench -- deflate`. Results: docs/BENCHMARKS.md, "Compression".
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import { rawBytes, wire } from './hub/benchClients';
import { bundleServerEntry } from './hub/bundleServer';
import { startServer, type ServerHandle } from './hub/serverHandle';
import { median, printTable, type Row } from './hub/stats';
import { lateJoinOnce, seedRoom, steadyLoad, type LoadResult } from './hub/workloads';
import { brainstormAndVote, fullDayWorkshop } from './hub/workshop';

const loadSeconds = Number(process.env.HUB_BENCH_LOAD_SECONDS ?? 10);
const joins = Number(process.env.DEFLATE_BENCH_JOINS ?? 6);

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const settle = async (): Promise<void> => {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 300));
};

type Kind = 'hub' | 'hub-deflate';

export async function run(): Promise<void> {
  process.setMaxListeners(0);
  const entry = await bundleServerEntry();
  const servers: Record<Kind, ServerHandle> = { hub: await startServer('hub', entry), 'hub-deflate': await startServer('hub-deflate', entry) };
  // The table's "reference" column is the hub as shipped (no compression), "hub" the hub with it.
  const rows: Row[] = [];
  const problems: string[] = [];
  try {
    const day = fullDayWorkshop();
    const seed = day.workshop.doc;
    console.log(`full-day workshop: ${day.cards} cards, ${day.ballots} ballots, ${(Y.encodeStateAsUpdate(seed).length / 2 ** 20).toFixed(2)} MiB encoded`);
    for (const kind of ['hub', 'hub-deflate'] as const) await seedRoom(servers[kind], 'late-join', seed);
    const times: Record<Kind, number[]> = { hub: [], 'hub-deflate': [] };
    const bytes: Record<Kind, number[]> = { hub: [], 'hub-deflate': [] };
    const payload: Record<Kind, number[]> = { hub: [], 'hub-deflate': [] };
    for (let i = 0; i < joins; i++) {
      for (const kind of i % 2 === 0 ? (['hub', 'hub-deflate'] as const) : (['hub-deflate', 'hub'] as const)) {
        await settle();
        const rawBefore = rawBytes();
        wire.received = 0;
        wire.sent = 0;
        const join = await lateJoinOnce(servers[kind], seed);
        if (!join.converged) problems.push(`late join (${kind}) diverged`);
        times[kind].push(join.ms);
        bytes[kind].push(rawBytes() - rawBefore);
        payload[kind].push(wire.received + wire.sent);
      }
    }
    const kib = (values: number[]) => median(values) / 1024;
    rows.push({ figure: `late join, full day: bytes on the TCP socket (median of ${joins})`, reference: kib(bytes.hub), hub: kib(bytes['hub-deflate']), unit: 'KiB' });
    rows.push({ figure: 'late join, full day: sync payload (after inflating)', reference: kib(payload.hub), hub: kib(payload['hub-deflate']), unit: 'KiB' });
    rows.push({ figure: `late join, full day: time on loopback (median of ${joins})`, reference: median(times.hub), hub: median(times['hub-deflate']), unit: 'ms' });

    const workshop = brainstormAndVote();
    const loads: Record<Kind, LoadResult[]> = { hub: [], 'hub-deflate': [] };
    for (const kind of ['hub', 'hub-deflate', 'hub-deflate', 'hub'] as const) {
      await servers[kind].stop();
      servers[kind] = await startServer(kind, entry);
      await settle();
      const before = rawBytes();
      const load = await steadyLoad(servers[kind], workshop, 100, loadSeconds);
      (load as LoadResult & { bytes?: number }).bytes = rawBytes() - before;
      if (!load.converged) problems.push(`load (${kind}) diverged`);
      loads[kind].push(load);
    }
    const mean = (kind: Kind, pick: (load: LoadResult & { bytes?: number }) => number): number => loads[kind].reduce((sum, load) => sum + pick(load), 0) / loads[kind].length;
    rows.push({ figure: `hub CPU, 100 clients × 1 edit/s (${loadSeconds} s, mean of 2)`, reference: mean('hub', (l) => l.cpuPercent), hub: mean('hub-deflate', (l) => l.cpuPercent), unit: '%' });
    rows.push({ figure: 'hub peak RSS under that load', reference: mean('hub', (l) => l.rssMiB), hub: mean('hub-deflate', (l) => l.rssMiB), unit: 'MiB' });
    rows.push({ figure: 'bytes on the TCP sockets during that load (joins included)', reference: mean('hub', (l) => l.bytes ?? 0) / 2 ** 20, hub: mean('hub-deflate', (l) => l.bytes ?? 0) / 2 ** 20, unit: 'MiB' });
  } finally {
    await servers.hub.stop();
    await servers['hub-deflate'].stop();
  }
  console.log('"reference" = the hub as shipped, without compression; "hub" = the hub with permessage-deflate');
  printTable(rows);
  if (problems.length > 0) {
    console.log(`PROBLEMS: ${problems.join(', ')}`);
    process.exitCode = 1;
  }
}
