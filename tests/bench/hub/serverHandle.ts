// Starts a benchmark server in a child process and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerKind } from './serverProcess';

export interface ServerStats {
  cpu: NodeJS.CpuUsage;
  memory: NodeJS.MemoryUsage;
}

export interface ServerHandle {
  kind: ServerKind;
  syncUrl: string;
  key: string;
  /** CPU and memory; with `collect`, memory after a full garbage collection. */
  stats(collect?: boolean): Promise<ServerStats>;
  stateVector(room: string): Promise<Uint8Array>;
  stop(): Promise<void>;
}

export async function startServer(kind: ServerKind): Promise<ServerHandle> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./serverProcess.ts', import.meta.url)), [kind], {
    // HUB_BENCH_SERVER_ARGS lets one profile a server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.HUB_BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ port: number; key: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port: number; key: string }));
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
  return {
    kind,
    syncUrl: `ws://127.0.0.1:${ready.port}/sync`,
    key: ready.key,
    stats: (collect = false) => ask<ServerStats>({ type: 'stats', collect }),
    stateVector: async (room) => new Uint8Array(Buffer.from((await ask<{ stateVector: string }>({ type: 'stateVector', room })).stateVector, 'base64')),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
