import { writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killHard, startHubProcess, type HubProcess } from './hubProcess';
import { startTestHub, tempDir, type TestHub } from './helpers';

type Reply = { addresses: string[]; interfaces: string[]; links: string[] };

/** This machine's own non-loopback IPv4 addresses: what a hub on every interface should list. */
function machineAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((entries) => (entries ?? []).filter((entry) => entry.family === 'IPv4' && !entry.internal && !entry.address.startsWith('127.')).map((entry) => entry.address));
}

async function openRoom(port: number, token: string): Promise<Reply> {
  const response = await fetch(`http://127.0.0.1:${port}/admin/rooms`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{"room":"budget"}' });
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

describe('the addresses a hub lists for join links', () => {
  let testHub: TestHub | undefined;
  let process: HubProcess | undefined;
  afterEach(async () => {
    await testHub?.stop();
    testHub = undefined;
    if (process) await killHard(process);
    process = undefined;
  });

  it('lists none when it listens only on loopback: a phone could not reach it', async () => {
    testHub = await startTestHub({ adminToken: 'right-token', hosts: ['127.0.0.1'] });
    const reply = await openRoom(testHub.hub.port, 'right-token');
    expect(reply.addresses).toEqual([]);
    expect(reply.links).toEqual([]);
  });

  it('lists every address of this machine but loopback when it listens on all of them', async () => {
    testHub = await startTestHub({ adminToken: 'right-token', hosts: ['0.0.0.0'] });
    const reply = await openRoom(testHub.hub.port, 'right-token');
    expect([...reply.addresses].sort()).toEqual(machineAddresses().sort());
    for (const link of reply.links) expect(new URL(link).hostname).not.toMatch(/^(127\.|localhost$|\[::1\]$)/);
    expect(reply.interfaces).toHaveLength(reply.addresses.length);
  });

  it('lists the address the operator named for phones', async () => {
    testHub = await startTestHub({ adminToken: 'right-token', hosts: ['127.0.0.1'], joinAddresses: ['192.0.2.77'] });
    const reply = await openRoom(testHub.hub.port, 'right-token');
    expect(reply.links).toEqual([expect.stringMatching(new RegExp(`^http://192\\.0\\.2\\.77:${testHub.hub.port}/#/join/budget/`))]);
  });

  it('run headless, takes its token from a file, never prints it, and says when phones cannot reach it', async () => {
    const dataDir = tempDir('token');
    const tokenFile = join(dataDir, 'admin-token');
    writeFileSync(tokenFile, 'file-token-0123456789abcdef\n');
    process = await startHubProcess(['--port', '0', '--host', '127.0.0.1', '--data', join(dataDir, 'data'), '--admin-token-file', tokenFile, '--open-room', 'budget', '--qr']);
    const reply = await openRoom(process.port, 'file-token-0123456789abcdef');
    expect(reply.links).toEqual([]);
    const printed = process.output.join('');
    expect(printed).not.toContain('file-token-0123456789abcdef');
    expect(printed).toMatch(/no address phones can reach/);
    expect(printed).not.toMatch(/http:\/\/127\.0\.0\.1/);
  });

  it('run headless, takes its token from the environment and prints the join link as a QR code', async () => {
    const dataDir = tempDir('token');
    process = await startHubProcess(['--port', '0', '--host', '127.0.0.1', '--join-address', '192.0.2.77', '--data', dataDir, '--open-room', 'budget', '--qr'], { env: { BARAZA_ADMIN_TOKEN: 'env-token-0123456789abcdef' } });
    await openRoom(process.port, 'env-token-0123456789abcdef');
    const printed = process.output.join('');
    expect(printed).not.toContain('env-token-0123456789abcdef');
    expect(printed).toMatch(new RegExp(`room budget: http://192\\.0\\.2\\.77:${process.port}/#/join/budget/`));
    // Half-block rows of the QR code, in explicit black and white.
    expect(printed.split('\n').filter((line) => line.includes('\u2580')).length).toBeGreaterThan(10);
  });
});
