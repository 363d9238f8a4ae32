// Starts a benchmark server in a child process and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { ServerKind, ServerReady } from './serverProcess';

export interface ServerStats {
  cpu: NodeJS.CpuUsage;
  memory: NodeJS.MemoryUsage;
  /** Warnings the server logged so far (the hub's refusals); always 0 for the reference. */
  warnings: number;
}

/** Who a client is: the id its records carry, and what it adds to the sync URL to connect. */
export interface Identity {
  id: string;
  params: Record<string, string>;
}

export interface ServerHandle {
  kind: ServerKind;
  syncUrl: string;
  /** The facilitator's connection: it seeds each room (the facilitator may write anything). */
  facilitator: Identity;
  /**
   * A participant's identity. The hub issues it (POST /rooms/<room>/people with the join secret,
   * then `?token=`); the reference server knows nobody, so its clients make up an id of the same
   * form and connect without credentials. Either way the client's Yjs work is the same.
   */
  join(room: string): Promise<Identity>;
  /** CPU and memory; with `collect`, memory after a full garbage collection. */
  stats(collect?: boolean): Promise<ServerStats>;
  stateVector(room: string): Promise<Uint8Array>;
  stop(): Promise<void>;
}

/** `entry`: the bundled server (see bundleServer.ts), built once per benchmark run. */
export async function startServer(kind: ServerKind, entry: string): Promise<ServerHandle> {
  const child: ChildProcess = fork(entry, [kind], {
    // HUB_BENCH_SERVER_ARGS lets one profile a server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    execArgv: ['--expose-gc', ...(process.env.HUB_BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('message', (message) => resolve(message as ServerReady));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  let nextId = 0;
  const ask = <T>(request: Record<string, unknown>): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId++;
      const onMessage = (message: { id?: number }): void => {
        if (message.id !== id) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      child.send({ ...request, id });
    });
  const httpUrl = `http://127.0.0.1:${ready.port}`;
  return {
    kind,
    syncUrl: `ws://127.0.0.1:${ready.port}/sync`,
    facilitator: { id: 'facilitator', params: kind !== 'reference' ? { key: ready.facilitatorSecret } : {} },
    join: kind !== 'reference' ? (room) => issueIdentity(httpUrl, room, ready.joinSecret) : () => Promise.resolve({ id: `p-${randomBytes(9).toString('base64url')}`, params: {} }),
    stats: (collect = false) => ask<ServerStats>({ type: 'stats', collect }),
    stateVector: async (room) => new Uint8Array(Buffer.from((await ask<{ stateVector: string }>({ type: 'stateVector', room })).stateVector, 'base64')),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

/** What the app does on joining: the join secret buys an identity, whose token opens the sync. */
async function issueIdentity(httpUrl: string, room: string, joinSecret: string): Promise<Identity> {
  const response = await fetch(`${httpUrl}/rooms/${encodeURIComponent(room)}/people`, { method: 'POST', headers: { Authorization: `Bearer ${joinSecret}` } });
  if (response.status !== 201) throw new Error(`the hub issued no identity in ${room}: HTTP ${response.status} ${await response.text()}`);
  const issued = (await response.json()) as { id: string; token: string; role: string };
  return { id: issued.id, params: { token: issued.token } };
}
