import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardRequests, guardUpgrades } from '../../../electron/hub/http/guards';
import { clientKey } from '../../../electron/hub/net/clientAddress';
import { capturingLogger } from './helpers';
import { rawUpgrade } from './rawSocket';

function get(port: number, path: string): Promise<{ status: number } | 'socket closed'> {
  return new Promise((resolve) => {
    const outgoing = request({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
      response.on('error', () => resolve('socket closed'));
    });
    outgoing.on('error', () => resolve('socket closed'));
    outgoing.end();
  });
}

describe('a failing handler costs one request, never the process', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(handler: Parameters<typeof guardRequests>[0], upgrade: Parameters<typeof guardUpgrades>[0] = () => {}) {
    const logger = capturingLogger();
    server = createServer(guardRequests(handler, logger));
    server.on('upgrade', guardUpgrades(upgrade, logger));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, logger };
  }

  it('a handler that throws, or whose promise rejects, answers 500 and is logged without the URL', async () => {
    const { port, logger } = await serve((request) => {
      if (request.url?.startsWith('/sync')) throw new Error('boom');
      return Promise.reject(new Error('later boom'));
    });
    expect(await get(port, '/sync/room?key=very-secret-key-123')).toEqual({ status: 500 });
    expect(await get(port, '/elsewhere')).toEqual({ status: 500 });
    expect(logger.errors.join('\n')).toMatch(/boom[\s\S]*later boom/);
    expect(logger.errors.join('\n')).not.toContain('very-secret-key-123');
  });

  it('a handler that fails after answering has begun closes that socket', async () => {
    const { port } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Length': '100' });
      response.write('partial');
      throw new Error('mid-answer');
    });
    expect(await get(port, '/')).toBe('socket closed');
  });

  it('an upgrade handler that throws destroys that socket', async () => {
    const { port, logger } = await serve(
      () => {},
      () => {
        throw new Error('upgrade boom');
      },
    );
    expect((await rawUpgrade(port, '/sync/room')).length).toBe(0);
    expect(logger.errors.join('\n')).toContain('upgrade boom');
  });
});

describe('who a client is, for the limits', () => {
  it('an IPv4 client is itself, whether or not it reached a dual-stack listener', () => {
    expect(clientKey('192.168.1.20')).toBe('192.168.1.20');
    expect(clientKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
  });

  it('IPv6 addresses of one /64 are one client: a device picks its own addresses in it', () => {
    const key = clientKey('2001:db8:12:34:aaaa:bbbb:cccc:dddd');
    expect(key).toBe('2001:db8:12:34::/64');
    for (const same of ['2001:db8:12:34::1', '2001:0db8:0012:0034:1:2:3:4', '2001:db8:12:34::1%eth0']) expect(clientKey(same), same).toBe(key);
    expect(clientKey('2001:db8:12:35::1')).not.toBe(key);
    expect(clientKey('fe80::1')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
