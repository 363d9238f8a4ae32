import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFileName } from '../../../electron/hub/dataDirLock';
import { startTestHub, tempDir, type TestHub } from './helpers';

/** A pid that certainly ran and certainly no longer runs: a child that has exited and been reaped. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('one hub per data folder', () => {
  const hubs: TestHub[] = [];
  const folders: string[] = [];
  afterEach(async () => {
    for (const hub of hubs.splice(0)) await hub.stop();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('a second hub on the same folder refuses to start, naming the folder and the other process', async () => {
    const first = await startTestHub();
    hubs.push(first);
    const second = startTestHub({ dataDir: first.dataDir });
    await expect(second).rejects.toThrow(first.dataDir);
    await expect(second).rejects.toThrow(`process ${process.pid}`);
    // The refused hub did not disturb the first one's lock or rooms.
    expect(JSON.parse(readFileSync(join(first.dataDir, lockFileName), 'utf8')).pid).toBe(process.pid);
    expect(first.hub.openRoom('still-mine').room).toBe('still-mine');
  });

  it('closing a hub releases the folder for the next one', async () => {
    const dataDir = tempDir('lock');
    folders.push(dataDir);
    const first = await startTestHub({ dataDir });
    await first.hub.close();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
    hubs.push(await startTestHub({ dataDir }));
  });

  it('a lock left by a process that is no longer running is taken over, and the log says so', async () => {
    const dataDir = tempDir('lock');
    folders.push(dataDir);
    const pid = await deadPid();
    writeFileSync(join(dataDir, lockFileName), JSON.stringify({ pid, startedAt: '2026-03-01T08:00:00.000Z', token: 'left-behind' }));
    const hub = await startTestHub({ dataDir });
    hubs.push(hub);
    expect(hub.logger.warnings.some((line) => line.includes('taking over') && line.includes(`process ${pid}`))).toBe(true);
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')).pid).toBe(process.pid);
  });

  it('a lock held by another live process is respected', async () => {
    const dataDir = tempDir('lock');
    folders.push(dataDir);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dataDir, lockFileName), JSON.stringify({ pid: other.pid, startedAt: '2026-03-01T08:00:00.000Z', token: 'theirs' }));
      await expect(startTestHub({ dataDir })).rejects.toThrow(`process ${other.pid}`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('a lock file that names no process is taken over once it is old enough not to be one being written', async () => {
    const dataDir = tempDir('lock');
    folders.push(dataDir);
    const path = join(dataDir, lockFileName);
    writeFileSync(path, '');
    await expect(startTestHub({ dataDir })).rejects.toThrow('starting');
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    hubs.push(await startTestHub({ dataDir }));
  });
});
