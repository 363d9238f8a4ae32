/**
 * Connects a workshop's document to the others working on it: one y-websocket provider to the
 * hub, which keeps a replica, persists it, and checks every participant's update before anyone
 * else sees it. There is no peer-to-peer path: a direct channel between participants would carry
 * whatever a hostile peer sent, with nobody to check it (docs/SECURITY.md, "One path"). This
 * folder is the only place that creates providers.
 */
import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { describeStatus, reconnectingGraceMs, type ConnectionStatus } from './connectionStatus';
import { guardedWebSocket } from './guardedSocket';
import type { Presence, PresenceUser } from './presence';
import { readPresence } from './presence';

export type SyncTarget = {
  /** ws://host:port of a Baraza hub, or, with server 'other', the full y-websocket server URL. */
  wsUrl: string;
  room: string;
  /** The facilitator secret (facilitator), or the key another server asks for. */
  key: string;
  /** A participant's or judge's identity token, issued by the hub when they joined. */
  token?: string | undefined;
  role: 'facilitator' | 'participant';
  server?: 'hub' | 'other';
  /** Told whether the room admits new joins, whenever the hub says (facilitators only). */
  onJoinsChanged?: (open: boolean) => void;
};

/** The hub's reason for refusing an update (docs/HUB.md, "Refused writes"), and when. */
export type HubRefusal = { reason: string; at: number };

/** What the hub tells a facilitator about the room (a write it could not save, damage found). */
export type HubNotice = { kind: string; detail: string; at: number };

/** The hub's own message type for notices to facilitators; other clients never receive it. */
const messageHubNotice = 5;
const messageAuth = 2;

export type WorkshopConnection = {
  status(): ConnectionStatus;
  presence(): Presence[];
  /** Calls back whenever the status or presence changes; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  setUser(user: PresenceUser): void;
  /** The room's awareness, for editors that show other people's cursors. */
  readonly awareness: Awareness;
  /** The hub's last refusal of this client's update, if any. */
  refusal(): HubRefusal | undefined;
  /** What the hub has told the facilitator about the room, newest last. */
  notices(): HubNotice[];
  destroy(): void;
};

// Small enough that a restarted hub is found again within seconds, large enough that a room of
// thirty phones does not hammer a hub that is still starting.
const maxBackoffMs = 4000;

export function connectWorkshop(doc: Y.Doc, target: SyncTarget): WorkshopConnection {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const viaHub = (target.server ?? 'hub') === 'hub';
  const base = target.wsUrl.replace(/\/+$/, '');

  const params: Record<string, string> = target.token ? { token: target.token } : target.key ? { key: target.key } : {};
  // A Baraza hub tells the facilitator's app about the room (joins open or closed, storage).
  if (viaHub && target.role === 'facilitator') params.notices = '1';
  // The hub binds each Yjs client id to the first identity that writes under it or announces it
  // in presence. The same copy may now be someone else (a participant who became a judge), so a
  // new connection writes under a fresh id; a fresh id costs nothing.
  if (target.token) doc.clientID = freshClientId();
  const websocket = new WebsocketProvider(viaHub ? `${base}/sync` : base, target.room, doc, {
    params,
    maxBackoffTime: maxBackoffMs,
    // Every window keeps its own connection to the hub and its own copy in IndexedDB, so the
    // same-browser broadcast channel would only hand each update and cursor move to the other
    // windows a second time: on a busy description that copying was a tenth of a page's work.
    disableBc: true,
    WebSocketPolyfill: guardedWebSocket(undefined, (reason) => console.warn(`[sync] refused a frame: ${reason}`)),
  });

  // y-websocket sends the hub every presence change it sees, other people's included, so each
  // cursor move in the room came back to the hub once from every other laptop (and counted
  // against that laptop's message allowance). Only this client's own presence goes out; the hub
  // hands everyone's to everyone.
  const sendPresence = websocket._awarenessUpdateHandler;
  websocket.awareness.off('update', sendPresence);
  const sendOwnPresence = (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const own = (ids: number[]) => ids.filter((id) => id === websocket.awareness.clientID);
    const mine = { added: own(changes.added), updated: own(changes.updated), removed: own(changes.removed) };
    if (mine.added.length + mine.updated.length + mine.removed.length > 0) sendPresence(mine, origin);
  };
  websocket.awareness.on('update', sendOwnPresence);

  let refusal: HubRefusal | undefined;
  websocket.messageHandlers[messageAuth] = (_encoder, decoder) => {
    authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => {
      refusal = { reason, at: Date.now() };
      notify();
    });
  };
  const notices: HubNotice[] = [];
  websocket.messageHandlers[messageHubNotice] = (_encoder, decoder) => {
    try {
      const notice = JSON.parse(decoding.readVarString(decoder)) as { kind?: unknown; detail?: unknown };
      if (typeof notice.kind !== 'string') return;
      if (notice.kind === 'joins') {
        target.onJoinsChanged?.(notice.detail === 'open');
        return;
      }
      notices.push({ kind: notice.kind, detail: typeof notice.detail === 'string' ? notice.detail : '', at: Date.now() });
      if (notices.length > 20) notices.shift();
      notify();
    } catch {
      // A notice is advice to a person; an unreadable one is dropped, never fatal.
    }
  };

  let connected = false;
  let lostAt: number | undefined = navigator.onLine ? undefined : Date.now();
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') {
      connected = true;
      lostAt = undefined;
    } else {
      // The moment the connection was lost is kept through every retry that follows.
      if (connected || status === 'disconnected') lostAt ??= Date.now();
      connected = false;
    }
    notify();
  };
  websocket.on('status', onStatus);
  websocket.on('connection-error', () => {
    lostAt ??= Date.now();
    notify();
  });
  const onAwareness = () => notify();
  websocket.awareness.on('change', onAwareness);
  // When the device says it is offline, sockets that still look open are not trusted: both
  // paths are closed at once (edits keep going into the local copy) and reopened when it is back.
  const onBrowserNetwork = () => {
    if (navigator.onLine) {
      websocket.connect();
    } else {
      lostAt ??= Date.now();
      websocket.disconnect();
    }
    notify();
  };
  window.addEventListener('online', onBrowserNetwork);
  window.addEventListener('offline', onBrowserNetwork);
  // "Reconnecting" turns into "offline since" after the grace period without any event firing;
  // a slow tick catches it.
  const ticker = window.setInterval(() => {
    if (!connected && lostAt !== undefined && Date.now() - lostAt >= reconnectingGraceMs) notify();
  }, 1000);

  return {
    status: () => describeStatus(connected, lostAt, navigator.onLine, Date.now()),
    presence: () => readPresence(websocket.awareness),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setUser(user) {
      // `color` too: the rich-text editor's remote cursors read that spelling.
      websocket.awareness.setLocalStateField('user', { ...user, color: user.colour });
    },
    awareness: websocket.awareness,
    refusal: () => refusal,
    notices: () => [...notices],
    destroy() {
      window.clearInterval(ticker);
      window.removeEventListener('online', onBrowserNetwork);
      window.removeEventListener('offline', onBrowserNetwork);
      websocket.awareness.off('change', onAwareness);
      websocket.awareness.off('update', sendOwnPresence);
      websocket.destroy();
      listeners.clear();
    },
  };
}

function freshClientId(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
