// An honest person's device: a real y-websocket provider on the hub (never BroadcastChannel), the
// app's own domain functions writing into its doc, and a record of every time its connection
// closed, so a test can tell "stayed connected" from "reconnected in between".
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Actor } from '../../../../shared/activities/outcome';
import { waitUntil } from '../helpers';
import type { AdversaryHub, Credential, Person } from './adversaryHub';

export type HonestClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  actor: Actor;
  /** Close codes of every connection this client lost. */
  closes: number[];
  /** Reasons of the hub's permission-denied messages (an honest client should get none). */
  denials: string[];
  destroy(): void;
};

const open = new Set<HonestClient>();

/** `stored`: what the device already holds (the app loads it from its own storage first). */
export function connectHonest(hub: AdversaryHub, room: string, credential: Credential, actor: Actor, stored?: Uint8Array): HonestClient {
  const doc = new Y.Doc();
  if (stored) Y.applyUpdate(doc, stored);
  const provider = new WebsocketProvider(hub.syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: 'key' in credential ? { key: credential.key } : { token: credential.token },
    maxBackoffTime: 300,
  });
  const client: HonestClient = {
    doc,
    provider,
    actor,
    closes: [],
    denials: [],
    destroy() {
      open.delete(client);
      provider.destroy();
      doc.destroy();
    },
  };
  provider.on('connection-close', (event: { code: number } | null) => client.closes.push(event?.code ?? 0));
  // y-protocols' permission-denied message: y-websocket only logs it; keep it for the test.
  provider.messageHandlers[2] = (_encoder, decoder) => {
    const reason = readDenial(decoder);
    if (reason !== undefined) client.denials.push(reason);
  };
  open.add(client);
  return client;
}

/** An auth message: varuint 0 (permission denied), then the reason. */
function readDenial(decoder: decoding.Decoder): string | undefined {
  return decoding.readVarUint(decoder) === 0 ? decoding.readVarString(decoder) : undefined;
}

export function honestPerson(hub: AdversaryHub, room: string, person: Person, name: string): HonestClient {
  return connectHonest(hub, room, person.credential, { deviceId: person.id, name, role: 'participant' });
}

export function facilitatorClient(hub: AdversaryHub, room: string, stored?: Uint8Array): HonestClient {
  return connectHonest(hub, room, hub.facilitator(room), { deviceId: 'facilitator', name: 'Facilitator', role: 'facilitator' }, stored);
}

export async function whenSynced(...clients: HonestClient[]): Promise<void> {
  await waitUntil(() => clients.every((client) => client.provider.synced), 'every client synced with the hub');
}

/** Ends every client the test connected: a leaked provider would keep reconnecting for ever. */
export function destroyAllClients(): void {
  for (const client of [...open]) client.destroy();
}

/** What the hub has stored for a room, as a fresh facilitator device receives it. */
export async function storedCopy(hub: AdversaryHub, room: string): Promise<Y.Doc> {
  const fresh = facilitatorClient(hub, room);
  await whenSynced(fresh);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
  fresh.destroy();
  return copy;
}
