/** The hub's http:// origin for a ws:// hub address (the same host and port). */
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
