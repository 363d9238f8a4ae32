import { describe, expect, it } from 'vitest';
import { linksFromListing, preferHost } from '../../../renderer/src/features/lan/joinLinks';

describe('the join links a facilitator offers', () => {
  it('are built only from the addresses the hub listed, with each one’s network', () => {
    const { links, interfaces } = linksFromListing({ port: 4455, addresses: ['192.168.1.20', '10.0.0.5'], interfaces: ['wlan0', ''], room: 'budget', secret: 's3cret' });
    expect(links).toEqual(['http://192.168.1.20:4455/#/join/budget/s3cret', 'http://10.0.0.5:4455/#/join/budget/s3cret']);
    expect(interfaces).toEqual({ '192.168.1.20': 'wlan0' });
  });

  it('are none when the hub lists no address: never a loopback stand-in', () => {
    expect(linksFromListing({ port: 4455, addresses: [], room: 'budget', secret: 's' }).links).toEqual([]);
  });

  it('put an IPv6 address in brackets', () => {
    expect(linksFromListing({ port: 4455, addresses: ['fd00::2'], room: 'r', secret: 's' }).links).toEqual(['http://[fd00::2]:4455/#/join/r/s']);
  });

  it('keep the facilitator’s chosen network first, even after the hub moved to another port', () => {
    const links = ['http://192.168.1.20:4460/#/join/r/s', 'http://10.0.0.5:4460/#/join/r/s'];
    expect(preferHost(links, '10.0.0.5')).toEqual([links[1], links[0]]);
    expect(preferHost(links, '172.16.0.9')).toEqual(links);
    expect(preferHost(links, undefined)).toEqual(links);
  });
});
