import { describe, expect, it } from 'vitest';
import { interfaceLabel, parseAirport, parseNetsh, parseNmcli, wifiNames, type RunCommand } from '../../../electron/main/wifiNames';

// The tools' output as they print it (trimmed to what matters), so no test runs them.
const nmcli = ['wlp2s0:wifi:connected:Venue\\: Hall B', 'enp3s0:ethernet:connected:Wired connection 1', 'wlx00c0:wifi:disconnected:', 'lo:loopback:connected (externally):lo', ''].join('\n');
const netsh = [
  '',
  'There is 1 interface on the system:',
  '',
  '    Name                   : Wi-Fi',
  '    Description            : Intel(R) Wi-Fi 6 AX201 160MHz',
  '    State                  : connected',
  '    SSID                   : CafeNet',
  '    BSSID                  : 3c:84:6a:11:22:33',
  '    Signal                 : 92%',
  '',
].join('\r\n');

describe('Wi-Fi names beside join addresses', () => {
  it('reads NetworkManager’s connected Wi-Fi devices, colons in names included, and nothing wired', () => {
    expect(parseNmcli(nmcli)).toEqual(new Map([['wlp2s0', 'Venue: Hall B']]));
  });

  it('reads Windows’ netsh, matching the SSID to its adapter by name (not the BSSID)', () => {
    expect(parseNetsh(netsh)).toEqual(new Map([['Wi-Fi', 'CafeNet']]));
    expect(parseNetsh('The Wireless AutoConfig Service (wlansvc) is not running.')).toEqual(new Map());
  });

  it('reads macOS’s networksetup, and nothing when it is not on a Wi-Fi network', () => {
    expect(parseAirport('Current Wi-Fi Network: CafeNet\n')).toBe('CafeNet');
    expect(parseAirport('You are not associated with an AirPort network.\n')).toBeUndefined();
  });

  it('asks the system’s tool for the platform, and gives no names when the tool fails', async () => {
    const asked: string[] = [];
    const run: RunCommand = async (command, args) => {
      asked.push(`${command} ${args.join(' ')}`);
      if (command === 'nmcli') return nmcli;
      if (command === 'networksetup') return args[1] === 'en0' ? 'Current Wi-Fi Network: Hotspot\n' : 'You are not associated with an AirPort network.\n';
      throw new Error(`${command}: not found`);
    };
    expect(await wifiNames('linux', run, ['wlp2s0'])).toEqual(new Map([['wlp2s0', 'Venue: Hall B']]));
    expect(await wifiNames('darwin', run, ['en0', 'en1', 'bridge100'])).toEqual(new Map([['en0', 'Hotspot']]));
    expect(asked.filter((line) => line.startsWith('networksetup'))).toEqual(['networksetup -getairportnetwork en0', 'networksetup -getairportnetwork en1']);
    expect(await wifiNames('win32', run, ['Wi-Fi'])).toEqual(new Map());
    expect(await wifiNames('freebsd', run, ['em0'])).toEqual(new Map());
  });

  it('labels an interface with its Wi-Fi name only when the system told it', () => {
    const wifi = new Map([['wlp2s0', 'CafeNet']]);
    expect(interfaceLabel('wlp2s0', wifi)).toBe('CafeNet · wlp2s0');
    expect(interfaceLabel('enp3s0', wifi)).toBe('enp3s0');
  });
});
