// Runs the headless hub (electron/hub/cli.ts) as a child process, the way `npm run hub` does,
// so tests can kill it with SIGKILL and start it again on the same port and data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface HubProcess {
  child: ChildProcess;
  port: number;
  ready: { port: number; rooms: Array<{ room: string; secret: string; facilitatorSecret: string; code: string }> };
  output: string[];
}

export interface HubProcessOptions {
  /** Runs the hub under `ulimit -n`: a small limit shows quickly what running out of file
   *  descriptors does to it (POSIX shells only). */
  maxOpenFiles?: number;
  /** The checkout whose electron/hub/cli.ts runs (this one by default). */
  cwd?: string;
  /** Extra environment variables (an admin token, as a facilitator would give it). */
  env?: NodeJS.ProcessEnv;
}

export function startHubProcess(args: string[], options: HubProcessOptions = {}): Promise<HubProcess> {
  const command = [process.execPath, '--import', 'tsx', 'electron/hub/cli.ts', ...args];
  const cwd = options.cwd ?? repoRoot;
  const env = { ...process.env, ...options.env };
  const child =
    options.maxOpenFiles === undefined
      ? spawn(command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('/bin/sh', ['-c', `ulimit -n ${options.maxOpenFiles} && exec "$0" "$@"`, ...command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // A hub that never said it was ready must not outlive the test.
      child.kill('SIGKILL');
      reject(new Error(`hub did not start:\n${output.join('')}`));
    }, 20_000);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const line = output.join('').split('\n').find((candidate) => candidate.startsWith('{"ready":'));
      if (line) {
        clearTimeout(timer);
        const ready = JSON.parse(line) as HubProcess['ready'];
        resolve({ child, port: ready.port, ready, output });
      }
    });
    child.on('exit', (code) => reject(new Error(`hub exited with ${code}:\n${output.join('')}`)));
  });
}

export function killHard(hub: HubProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hub.child.exitCode !== null || hub.child.signalCode !== null) return resolve();
    hub.child.once('exit', () => resolve());
    hub.child.kill('SIGKILL');
  });
}
