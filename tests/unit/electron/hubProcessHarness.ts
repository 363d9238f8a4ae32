/**
 * Hub processes for the tests: the real entry (source, or the built bundle) in a Node child
 * standing in for Electron's utility process, wrapped as the `HubChild` the supervisor expects.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HubChild } from '../../../electron/main/hubSupervisor';
import type { RpcEndpoint } from '../../../electron/rpc/endpoint';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const shimPath = fileURLToPath(new URL('./utilityProcessShim.ts', import.meta.url));
export const sourceEntry = fileURLToPath(new URL('../../../electron/hubProcess/entry.ts', import.meta.url));

export interface ForkedHub {
  hubChild: HubChild;
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr (the hub's log). */
  output: string[];
}

export function forkHubProcess(entry: string = sourceEntry): ForkedHub {
  const child = fork(shimPath, [entry], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    // Structured clone, as between Electron's processes.
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  // A send racing the child's death reports here; the RPC layer already failed that call.
  child.on('error', () => {});

  let listening = false;
  const outbox: unknown[] = [];
  child.on('message', (message) => {
    if ((message as { shimListening?: boolean } | null)?.shimListening !== true) return;
    listening = true;
    for (const queued of outbox.splice(0)) child.send(queued as never);
  });
  const endpoint: RpcEndpoint = {
    postMessage(message) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error('the hub process has exited');
      if (listening) child.send(message as never);
      else outbox.push(message);
    },
    onMessage(listener) {
      child.on('message', listener);
      return () => child.off('message', listener);
    },
  };
  return {
    process: child,
    output,
    hubChild: {
      endpoint,
      onExit: (listener) => child.once('exit', (code) => listener(code ?? -1)),
      kill: () => child.kill(),
    },
  };
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
