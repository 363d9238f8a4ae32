import type { Awareness } from 'y-protocols/awareness';
/**
 * Connects a workshop's document to the others working on it: a y-websocket provider to the hub
 * (which keeps a replica and persists it), and, for participants of a Baraza hub, a y-webrtc
 * mesh signaled through the same hub (so they keep syncing while the hub restarts). This folder
 * is the only place that creates providers.
 */
import { WebrtcProvider } from 'y-webrtc';
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
  key: string;
  role: 'facilitator' | 'participant';
  server?: 'hub' | 'other';
};

export type WorkshopConnection = {
  status(): ConnectionStatus;
  presence(): Presence[];
  /** Calls back whenever the status or presence changes; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  setUser(user: PresenceUser): void;
  /** The room's awareness, for editors that show other people's cursors. */
  readonly awareness: Awareness;
  destroy(): void;
};

// Small enough that a restarted hub is found again within seconds, large enough that a room of
// thirty phones does not hammer a hub that is still starting.
const maxBackoffMs = 4000;
const webrtcMaxConns = 6;

export function connectWorkshop(doc: Y.Doc, target: SyncTarget): WorkshopConnection {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const viaHub = (target.server ?? 'hub') === 'hub';
  const base = target.wsUrl.replace(/\/+$/, '');

  const websocket = new WebsocketProvider(viaHub ? `${base}/sync` : base, target.room, doc, {
    params: target.key ? { key: target.key } : {},
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

  // The facilitator stays off the mesh: its client writes with facilitator rights on the hub
  // path, so anything it took in from an unchecked peer would reach the hub as its own edit
  // (docs/SECURITY.md). Participants use the mesh to keep syncing while the hub restarts.
  let webrtc: WebrtcProvider | undefined;
  if (viaHub && target.role === 'participant') {
    try {
      const query = new URLSearchParams({ room: target.room, key: target.key });
      webrtc = new WebrtcProvider(target.room, doc, {
        signaling: [`${base}/signal?${query.toString()}`],
        peerOpts: { config: { iceServers: [] } },
        maxConns: webrtcMaxConns,
        awareness: websocket.awareness,
      });
    } catch (error) {
      // The mesh is a second path; the hub path alone is enough to work together.
      console.warn('[sync] WebRTC mesh unavailable', error);
    }
  }

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
      webrtc?.connect();
    } else {
      lostAt ??= Date.now();
      websocket.disconnect();
      webrtc?.disconnect();
    }
    notify();
  };
  window.addEventListener('online', onBrowserNetwork);
  window.addEventListener('offline', onBrowserNetwork);
  // Direct peers count only once their data channel is open; y-webrtc announces a peer earlier.
  const directPeers = () => [...(webrtc?.room?.webrtcConns.values() ?? [])].filter((conn) => conn.connected).length;
  let lastPeers = 0;
  // "Reconnecting" turns into "offline since" after the grace period, and a data channel opens,
  // without any event firing; a slow tick catches both.
  const ticker = window.setInterval(() => {
    const peers = directPeers();
    const expired = !connected && lostAt !== undefined && Date.now() - lostAt >= reconnectingGraceMs;
    if (expired || peers !== lastPeers) notify();
    lastPeers = peers;
  }, 1000);

  return {
    status: () => describeStatus(connected, lostAt, navigator.onLine, Date.now(), directPeers()),
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
    destroy() {
      window.clearInterval(ticker);
      window.removeEventListener('online', onBrowserNetwork);
      window.removeEventListener('offline', onBrowserNetwork);
      websocket.awareness.off('change', onAwareness);
      websocket.awareness.off('update', sendOwnPresence);
      webrtc?.destroy();
      websocket.destroy();
      listeners.clear();
    },
  };
}
