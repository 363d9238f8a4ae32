import { joinLink } from '@shared/joinLink';
import { desktopApi } from '../../platform/baraza';
import { saveConnection, updateConnection, type ConnectionRow } from '../../persistence/connections';
import { rotateJoinSecret, setRoomJoinsOpen } from '../../sync/hubApi';
import { linksFromListing, preferHost } from './joinLinks';

/** What opening a workshop to participants yields, from the desktop app's built-in hub or a remote one. */
export type OpenedRoom = { wsUrl: string; room: string; secret: string; facilitatorSecret: string; code: string; links: string[]; interfaces: Record<string, string>; open: boolean };

const hubKey = 'baraza.lan.hubAddress';
const tokenKey = 'baraza.lan.adminToken';

/** The browser facilitator's remembered hub address and admin token (this device only). */
export function rememberedHub(): { address: string; token: string } {
  return { address: localStorage.getItem(hubKey) ?? window.location.host, token: localStorage.getItem(tokenKey) ?? '' };
}

function httpOrigin(address: string): string {
  const trimmed = address.trim().replace(/\/+$/, '');
  return /^https?:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
}

type AdminReply = { room: string; secret: string; facilitatorSecret: string; code: string; open: boolean; port: number; addresses: string[]; interfaces?: string[] };

/** Calls a headless hub's POST /admin/rooms (see docs/HUB.md). */
async function adminRooms(address: string, token: string, body: { room: string; open: boolean }): Promise<AdminReply> {
  const response = await fetch(`${httpOrigin(address)}/admin/rooms`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const reply = (await response.json().catch(() => ({}))) as Partial<AdminReply> & { error?: string };
  if (!response.ok) throw new Error(reply.error ?? `HTTP ${response.status}`);
  return reply as AdminReply;
}

/**
 * Opens the workshop to participants and connects this device as its facilitator. On the
 * desktop the main process runs the hub; in a browser, a headless hub is asked with its token.
 */
export async function openToParticipants(workshopId: string, browserHub?: { address: string; token: string }): Promise<void> {
  const api = desktopApi();
  let opened: OpenedRoom;
  if (api) {
    const reply = await api.hubOpen({ workshopId });
    // The facilitator's own windows talk to the hub on loopback; phones get the LAN addresses.
    opened = { ...reply, wsUrl: `ws://127.0.0.1:${reply.port}`, ...linksFromListing(reply), open: true };
  } else {
    if (!browserHub) throw new Error('a hub address and admin token are needed');
    localStorage.setItem(hubKey, browserHub.address);
    localStorage.setItem(tokenKey, browserHub.token);
    const reply = await adminRooms(browserHub.address, browserHub.token, { room: workshopId, open: true });
    const origin = httpOrigin(browserHub.address);
    // The address the facilitator typed works for them (it may well be localhost); phones get only
    // the addresses the hub says it can be reached at.
    opened = { ...reply, wsUrl: origin.replace(/^http/, 'ws'), ...linksFromListing(reply) };
  }
  await saveConnection({
    workshopId,
    server: 'hub',
    wsUrl: opened.wsUrl,
    room: opened.room,
    key: opened.facilitatorSecret,
    role: 'facilitator',
    joinLinks: opened.links,
    joinInterfaces: opened.interfaces,
    code: opened.code,
    open: opened.open,
  });
}

/** Stops or restarts new joins; people already admitted stay and may reconnect. */
export async function setJoinsOpen(row: ConnectionRow, open: boolean): Promise<void> {
  const api = desktopApi();
  if (api) {
    if (open) await api.hubOpen({ workshopId: row.workshopId });
    else await api.hubClose({ workshopId: row.workshopId });
  } else {
    await setRoomJoinsOpen({ wsUrl: row.wsUrl, room: row.room, key: row.key }, open);
  }
  await updateConnection(row.workshopId, { open });
}

/**
 * A new join secret and short code for the room (the old link, QR code and code stop letting new
 * people in; everyone already admitted stays), and the join links rebuilt with it.
 */
export async function newJoinLink(row: ConnectionRow): Promise<void> {
  const { secret, code } = await rotateJoinSecret({ wsUrl: row.wsUrl, room: row.room, key: row.key });
  const joinLinks = (row.joinLinks ?? []).map((link) => joinLink(new URL(link).origin, row.room, secret));
  await updateConnection(row.workshopId, { joinLinks, code });
}

/** Takes the join card off the projector, or puts it back; joins stay as they are. */
export async function setProjectorJoinHidden(row: ConnectionRow, hidden: boolean): Promise<void> {
  await updateConnection(row.workshopId, { projectorJoinHidden: hidden });
}

/** The facilitator picks which link the QR code, the hint and the projector show. */
export async function chooseJoinLink(row: ConnectionRow, link: string): Promise<void> {
  await updateConnection(row.workshopId, { joinLinks: preferHost(row.joinLinks ?? [], new URL(link).hostname) });
}

/**
 * After the desktop app restarts, its hub is not running until something asks for it. A
 * workshop this device had opened to participants asks again, so that the facilitator and the
 * participants (whose clients keep retrying) find it without anyone clicking anything. The hub
 * keeps the room's secrets and code on disk, and keeps it closed to new joins until the
 * facilitator reopens it; only the port can differ, if 4455 was taken.
 */
export async function ensureDesktopHub(row: ConnectionRow): Promise<void> {
  const api = desktopApi();
  if (!api || row.server !== 'hub' || row.role !== 'facilitator') return;
  const status = await api.hubStatus();
  if (status.running && row.wsUrl === `ws://127.0.0.1:${status.port}`) return;
  const reply = await api.hubResume({ workshopId: row.workshopId });
  const { links, interfaces } = linksFromListing(reply);
  const joinLinks = preferHost(links, row.joinLinks?.[0] ? new URL(row.joinLinks[0]).hostname : undefined);
  await updateConnection(row.workshopId, { wsUrl: `ws://127.0.0.1:${reply.port}`, key: reply.facilitatorSecret, joinLinks, joinInterfaces: interfaces, code: reply.code, open: reply.open });
}
