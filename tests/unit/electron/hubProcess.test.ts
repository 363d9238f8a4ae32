import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFileName } from '../../../electron/hub/dataDirLock';
import { hubProcessBundleName, hubProcessEntryPath } from '../../../electron/hubProcess/location';
import { HubSupervisor, type HubSupervisorLog } from '../../../electron/main/hubSupervisor';
import { connectClient, tempDir, waitUntil, type TestClient } from '../hub/helpers';
import { forkHubProcess, killHard, type ForkedHub } from './hubProcessHarness';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function recordingLog(): HubSupervisorLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
}

// Each test starts real Node processes through tsx, which takes seconds on a busy machine.
describe('the hub in its own process', { timeout: 90_000 }, () => {
  const forked: ForkedHub[] = [];
  const supervisors: HubSupervisor[] = [];
  const clients: TestClient[] = [];
  const folders: string[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const supervisor of supervisors.splice(0)) await supervisor.stop(2_000);
    for (const hub of forked.splice(0)) await killHard(hub.process);
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  async function supervise(dataDir: string, entry?: string) {
    const log = recordingLog();
    const supervisor = new HubSupervisor({
      spawn: () => {
        const hub = forkHubProcess(entry);
        forked.push(hub);
        return hub.hubChild;
      },
      startOptions: { dataDir, webDir: join(dataDir, 'no-web'), port: await freePort(), hosts: ['127.0.0.1'] },
      log,
      restartDelayMs: () => 50,
    });
    supervisors.push(supervisor);
    return { supervisor, log };
  }

  it('killed mid-workshop, it comes back on the same port with the same rooms, and clients carry on', async () => {
    const dataDir = tempDir('hub-process');
    folders.push(dataDir);
    const { supervisor, log } = await supervise(dataDir);
    const port = await supervisor.ensureStarted();
    const access = await supervisor.call('openRoom', 'kisumu-forum');
    const url = `ws://127.0.0.1:${port}/sync`;
    const join = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/rooms/kisumu-forum/people`, { method: 'POST', headers: { Authorization: `Bearer ${access.secret}` } });
      return { token: ((await response.json()) as { token: string }).token };
    };
    const facilitator = connectClient(url, 'kisumu-forum', access.facilitatorSecret);
    const participant = connectClient(url, 'kisumu-forum', await join());
    clients.push(facilitator, participant);
    facilitator.doc.getMap('meta').set('title', 'Kisumu forum');
    await waitUntil(() => participant.doc.getMap('meta').get('title') === 'Kisumu forum', 'the participant sees the title');

    // A crash that no handler sees, as from a stack overflow in native code.
    const first = forked[0]!;
    await killHard(first.process);
    await waitUntil(() => forked.length === 2 && supervisor.running, 'the supervisor restarts the process', 15_000);
    expect(log.lines.some((line) => line.includes('exited') && line.includes('restarting'))).toBe(true);

    const second = forked[1]!;
    await waitUntil(() => second.output.join('').includes('taking over the lock'), 'the new hub takes over the dead one\'s lock');
    const status = await supervisor.call('status');
    expect(status.port).toBe(port);
    expect(status.rooms).toBe(1);
    // The room kept its secrets, so the links people already have still work.
    expect(await supervisor.call('openRoom', 'kisumu-forum')).toEqual(access);

    // The participant reconnects with the identity the hub issued before the crash.
    facilitator.doc.getMap('meta').set('venue', 'Still here');
    await waitUntil(() => participant.doc.getMap('meta').get('venue') === 'Still here', 'edits flow again after the restart', 15_000);
    const latecomer = connectClient(url, 'kisumu-forum', await join());
    clients.push(latecomer);
    await waitUntil(() => latecomer.doc.getMap('meta').get('title') === 'Kisumu forum', 'a latecomer gets what was written before the crash', 15_000);
  });

  it('stopping it closes the hub and releases the data folder, and no restart follows', async () => {
    const dataDir = tempDir('hub-process');
    folders.push(dataDir);
    const { supervisor } = await supervise(dataDir);
    await supervisor.ensureStarted();
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    await supervisor.stop();
    await waitUntil(() => forked[0]!.process.exitCode !== null || forked[0]!.process.signalCode !== null, 'the process ends');
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    expect(supervisor.running).toBe(false);
    expect(forked).toHaveLength(1);
  });

  it('a second hub process on the same data folder is refused, and the message names the folder', async () => {
    const dataDir = tempDir('hub-process');
    folders.push(dataDir);
    const { supervisor: first } = await supervise(dataDir);
    await first.ensureStarted();
    const { supervisor: second, log } = await supervise(dataDir);
    await expect(second.ensureStarted()).rejects.toThrow(dataDir);
    expect(second.running).toBe(false);
    // Refused on request, so not retried behind anyone's back.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(forked).toHaveLength(2);
    expect(log.lines.some((line) => line.includes('restarting'))).toBe(false);
  });

  const builtMain = fileURLToPath(new URL('../../../out/main/', import.meta.url));
  it.skipIf(!existsSync(join(builtMain, 'index.js')))('the build puts the entry beside the main bundle, which looks for it there, and it runs without Electron\'s modules', async () => {
    const entry = hubProcessEntryPath(builtMain);
    expect(existsSync(entry)).toBe(true);
    const mainBundle = readFileSync(join(builtMain, 'index.js'), 'utf8');
    expect(mainBundle).toContain(`"${hubProcessBundleName}"`);
    expect(mainBundle).toMatch(/utilityProcess\.fork\(hubProcessEntryPath\(import\.meta\.dirname\)/);
    expect(readFileSync(entry, 'utf8')).not.toMatch(/\bfrom\s*["']electron["']/);

    const dataDir = tempDir('hub-process');
    folders.push(dataDir);
    const { supervisor } = await supervise(dataDir, entry);
    const port = await supervisor.ensureStarted();
    expect((await supervisor.call('status')).port).toBe(port);
  });
});
