import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopback, selectJoinAddresses, type InterfaceTable } from '../../../electron/hub/net/joinAddresses';

/** One entry as os.networkInterfaces() reports it. */
function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal, cidr: `${address}/24` };
}
function v6(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:00:00:00:00:01', internal, cidr: `${address}/64`, scopeid: 0 };
}

const laptop: InterfaceTable = {
  lo: [v4('127.0.0.1', true), v6('::1', true)],
  docker0: [v4('172.17.0.1')],
  wlan0: [v4('192.168.1.20'), v6('fe80::1')],
  eth0: [v4('169.254.10.3')],
};

const addresses = (table: InterfaceTable, hosts: string[], named: string[] = []) => selectJoinAddresses(table, hosts, named).map((entry) => entry.address);

describe('which addresses a join link may carry', () => {
  it('never offers loopback, even an interface that does not say it is internal', () => {
    const odd: InterfaceTable = { lo: [v4('127.0.0.1', true)], weird: [v4('127.0.1.1')] };
    expect(addresses(odd, ['0.0.0.0'])).toEqual([]);
  });

  it('puts the Wi-Fi a phone is on before a container bridge and a link-local address', () => {
    expect(selectJoinAddresses(laptop, ['0.0.0.0'])).toEqual([
      { address: '192.168.1.20', interface: 'wlan0' },
      { address: '172.17.0.1', interface: 'docker0' },
      { address: '169.254.10.3', interface: 'eth0' },
    ]);
  });

  it('lists only the interfaces the hub listens on', () => {
    expect(addresses(laptop, ['192.168.1.20'])).toEqual(['192.168.1.20']);
    expect(addresses(laptop, ['127.0.0.1'])).toEqual([]);
    expect(addresses(laptop, ['127.0.0.1', '172.17.0.1'])).toEqual(['172.17.0.1']);
    // Listening on every interface (IPv4 or dual stack) offers all of them.
    expect(addresses(laptop, ['::'])).toHaveLength(3);
    expect(addresses(laptop, [])).toHaveLength(3);
  });

  it('offers no IPv6 address: phones and hotspots handle IPv4 links reliably', () => {
    expect(addresses({ wlan0: [v6('fd00::2')] }, ['0.0.0.0'])).toEqual([]);
  });

  it('uses the addresses the operator named, as given, when the hub cannot see them itself', () => {
    expect(addresses(laptop, ['0.0.0.0'], ['203.0.113.7'])).toEqual(['203.0.113.7']);
  });

  it('keeps the system order among equally good addresses, without repeats', () => {
    const two: InterfaceTable = { en0: [v4('10.0.0.5')], en1: [v4('192.168.137.1'), v4('10.0.0.5')] };
    expect(addresses(two, ['0.0.0.0'])).toEqual(['10.0.0.5', '192.168.137.1']);
  });

  it('recognises loopback however it is written', () => {
    for (const host of ['127.0.0.1', '127.3.2.1', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(host)).toBe(true);
    for (const host of ['192.168.1.20', '10.0.0.1', 'fd00::2', 'hub.local']) expect(isLoopback(host)).toBe(false);
  });
});
