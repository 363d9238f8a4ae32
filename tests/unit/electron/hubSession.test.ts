import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHubSession, type HubSession } from '../../../electron/main/hubSession';
import { tempDir, waitUntil } from '../hub/helpers';
import { forkHubProcess, killHard, type ForkedHub } from './hubProcessHarness';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

// Real hub processes (the utility process's entry in a Node child), as the desktop app runs them.
describe('the desktop app’s hub session', { timeout: 90_000 }, () => {
  const forked: ForkedHub[] = [];
  const sessions: HubSession[] = [];
  const folders: string[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.stop();
    for (const hub of forked.splice(0)) await killHard(hub.process);
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  function session(wifiNames: () => Promise<ReadonlyMap<string, string>> = async () => new Map([['wlan0', 'CafeNet']])) {
    const dataDir = tempDir('hub-session');
    folders.push(dataDir);
    const announced: number[] = [];
    let stoppedAnnouncing = 0;
    const made = createHubSession({
      spawn: () => {
        const hub = forkHubProcess();
        forked.push(hub);
        return hub.hubChild;
      },
      startOptions: { dataDir, webDir: join(dataDir, 'no-web'), port: 0, hosts: ['127.0.0.1'] },
      log: quiet,
      restartDelayMs: () => 50,
      joinAddresses: () => [{ address: '192.168.1.20', interface: 'wlan0' }],
      wifiNames,
      advertise: (port) => announced.push(port),
      stopAdvertising: () => void stoppedAnnouncing++,
    });
    sessions.push(made);
    return { session: made, announced, stoppedAnnouncing: () => stoppedAnnouncing };
  }

  it('starts nothing until a workshop is opened, then gives the LAN addresses and announces the hub', async () => {
    const { session: hub, announced, stoppedAnnouncing } = session();
    await hub.closeRoom('kigali-forum');
    expect(await hub.status()).toEqual({ running: false, addresses: ['192.168.1.20'], syncConnections: 0 });
    expect(forked).toHaveLength(0);

    const opened = await hub.openRoom('kigali-forum');
    expect(opened).toMatchObject({ room: 'kigali-forum', addresses: ['192.168.1.20'], interfaces: ['CafeNet · wlan0'] });
    expect(opened.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(announced).toEqual([opened.port]);
    expect(await hub.status()).toMatchObject({ running: true, port: opened.port });
    await hub.stop();
    expect(stoppedAnnouncing()).toBe(1);
  });

  it('opens the room without Wi-Fi names when the system’s network tool fails', async () => {
    const { session: hub } = session(() => Promise.reject(new Error('nmcli: not found')));
    expect(await hub.openRoom('kigali-forum')).toMatchObject({ addresses: ['192.168.1.20'], interfaces: ['wlan0'] });
  });

  it('after a crash, reopens to new joins the rooms opened this session, and only those', async () => {
    const { session: hub } = session();
    await hub.openRoom('kept-open');
    await hub.openRoom('closed-again');
    await hub.closeRoom('closed-again');

    await killHard(forked[0]!.process);
    await waitUntil(() => forked.length === 2, 'the hub process is started again', 20_000);
    // The restarted hub keeps its rooms closed; the session reopens the one it had open.
    const deadline = Date.now() + 20_000;
    while (!(await hub.resumeRoom('kept-open')).open) {
      if (Date.now() > deadline) throw new Error('the room opened this session was not reopened');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await hub.resumeRoom('closed-again')).open).toBe(false);
  });

  it('forgets a room for good, starting the hub to do it', async () => {
    const { session: hub } = session();
    await hub.forgetRoom('deleted-workshop');
    expect(forked).toHaveLength(1);
    const resumed = await hub.resumeRoom('deleted-workshop');
    // Unknown to the hub, it comes back as a new room with new secrets.
    expect(resumed.room).toBe('deleted-workshop');
  });
});
