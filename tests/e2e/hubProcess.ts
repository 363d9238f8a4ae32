import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A real hub in its own process, as a facilitator's laptop would run it headless: it serves the
 * built renderer (out/web), so each browser context loads the app from the hub's origin. It can
 * be killed with SIGKILL and started again on the same port and data directory.
 */
export class HubProcess {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'baraza-lan-'));
  readonly adminToken = 'e2e-admin-token-0123456789';
  port = 0;
  private child: ChildProcess | undefined;

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--import', 'tsx', 'electron/hub/cli.ts', '--data', this.dataDir, '--port', String(this.port), '--web', 'out/web', '--admin-token', this.adminToken, '--host', '127.0.0.1'];
    if (this.port !== 0) args.push('--strict-port');
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stderr?.on('data', (chunk: Buffer) => process.env.HUB_LOG && process.stderr.write(chunk));
    const ready = await new Promise<{ port: number }>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      const timer = setTimeout(() => reject(new Error('the hub did not print ready within 20 s')), 20_000);
      lines.on('line', (line) => {
        if (process.env.HUB_LOG) console.log(line);
        if (!line.startsWith('{"ready":')) return;
        clearTimeout(timer);
        resolve(JSON.parse(line) as { port: number });
      });
      child.once('exit', (code) => reject(new Error(`the hub exited with ${code} before it was ready`)));
    });
    this.port = ready.port;
  }

  /** Kills the process outright, as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = undefined;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
