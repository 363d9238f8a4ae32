/**
 * Tells whether a hub would admit a key to a room, before anything is stored. The hub answers a
 * wrong key, a closed room and an unknown room alike (401 at the upgrade, which a browser sees
 * only as a failed WebSocket), so the answer is "admitted" or "not"; /health then separates
 * "not admitted" from "hub unreachable".
 */
export type AccessProbe = 'admitted' | 'refused' | 'unreachable';

const timeoutMs = 8000;

export function hubHttpOrigin(wsUrl: string): string {
  return wsUrl.replace(/^ws(s?):/, 'http$1:').replace(/\/+$/, '');
}

/** The hub's ws:// origin for a page served by it, or for a typed host:port. */
export function hubWsUrl(host: string | undefined): string {
  if (!host) return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`;
  const trimmed = host.trim().replace(/\/+$/, '');
  if (/^wss?:\/\//.test(trimmed)) return trimmed;
  if (/^https?:\/\//.test(trimmed)) return trimmed.replace(/^http/, 'ws');
  return `ws://${trimmed}`;
}

function tryUpgrade(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const socket = new WebSocket(url);
    const finish = (admitted: boolean) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      socket.onopen = socket.onerror = socket.onclose = null;
      socket.close();
      resolve(admitted);
    };
    const timer = window.setTimeout(() => finish(false), timeoutMs);
    socket.onopen = () => finish(true);
    socket.onerror = () => finish(false);
    socket.onclose = () => finish(false);
  });
}

export async function probeAccess(wsUrl: string, room: string, key: string): Promise<AccessProbe> {
  if (!key) return 'refused';
  const base = wsUrl.replace(/\/+$/, '');
  if (await tryUpgrade(`${base}/sync/${encodeURIComponent(room)}?key=${encodeURIComponent(key)}`)) return 'admitted';
  try {
    const response = await fetch(`${hubHttpOrigin(base)}/health`, { cache: 'no-store' });
    return response.ok ? 'refused' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
