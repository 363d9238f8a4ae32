/**
 * The Wi-Fi network (SSID) each interface is on, where the system tells it, so the facilitator
 * can say "join CafeNet, then scan" and pick the right address when the laptop is on several
 * networks. Asked of the system's own tools (NetworkManager's nmcli, Windows' netsh, macOS's
 * networksetup); any failure, a missing tool or a wired-only laptop simply gives no names. The
 * command runner is passed in, so tests give the tools' output without running them.
 */
export type RunCommand = (command: string, args: readonly string[]) => Promise<string>;

/** `nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device`: "wlp2s0:wifi:connected:CafeNet", colons in
 *  values escaped as "\:". NetworkManager names the connection after the SSID unless renamed. */
export function parseNmcli(output: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of output.split('\n')) {
    const fields = line.split(/(?<!\\):/).map((field) => field.replace(/\\:/g, ':').replace(/\\\\/g, '\\'));
    const [device, type, state, connection] = fields;
    if (device && type === 'wifi' && state === 'connected' && connection) names.set(device, connection);
  }
  return names;
}

/** `netsh wlan show interfaces`: one block per adapter, "Name : Wi-Fi" then "SSID : CafeNet". */
export function parseNetsh(output: string): Map<string, string> {
  const names = new Map<string, string>();
  let current: string | undefined;
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s*([^:]+?)\s*:\s(.*)$/.exec(line);
    if (!match) continue;
    const [, key, value] = match as unknown as [string, string, string];
    if (key === 'Name') current = value.trim();
    else if (key === 'SSID' && current && value.trim()) names.set(current, value.trim());
  }
  return names;
}

/** `networksetup -getairportnetwork en0`: "Current Wi-Fi Network: CafeNet" (or a line saying it is not associated). */
export function parseAirport(output: string): string | undefined {
  return /^Current (?:Wi-Fi|AirPort) Network: (.+)$/m.exec(output)?.[1]?.trim() || undefined;
}

/** Asks the system; `interfaces` are the ones join addresses were found on (macOS asks each). */
export async function wifiNames(platform: NodeJS.Platform, run: RunCommand, interfaces: readonly string[]): Promise<Map<string, string>> {
  try {
    if (platform === 'linux') return parseNmcli(await run('nmcli', ['-t', '-f', 'DEVICE,TYPE,STATE,CONNECTION', 'device']));
    if (platform === 'win32') return parseNetsh(await run('netsh', ['wlan', 'show', 'interfaces']));
    if (platform === 'darwin') {
      const names = new Map<string, string>();
      for (const name of interfaces.filter((candidate) => candidate.startsWith('en'))) {
        const ssid = parseAirport(await run('networksetup', ['-getairportnetwork', name]).catch(() => ''));
        if (ssid) names.set(name, ssid);
      }
      return names;
    }
  } catch {
    // No tool, no Wi-Fi, or no permission: the addresses are offered without network names.
  }
  return new Map();
}

/** The interface's label with its Wi-Fi name first ("CafeNet · wlp2s0"), as the join panel shows it. */
export function interfaceLabel(name: string, wifi: ReadonlyMap<string, string>): string {
  const ssid = wifi.get(name);
  // Names only, no words: the renderer puts them in a sentence in the reader's language.
  return ssid ? `${ssid} · ${name}` : name;
}
