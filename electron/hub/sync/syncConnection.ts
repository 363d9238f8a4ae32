/**
 * One WebSocket on /sync/<room>: reads y-websocket messages, hands them to the room's replica and
 * sends the replies. Anything it cannot parse closes this connection only; the room is never
 * touched by it (see RoomReplica.receiveUpdate).
 */
import * as decoding from 'lib0/decoding';
import type { RawData, WebSocket } from 'ws';
import type { Writer } from '../../../shared/access/writer';
import { createConnectionRateLimit } from '../net/tokenBucket';
import type { HubLimits, HubLogger } from '../options';
import { messageAuth, messageAwareness, messageQueryAwareness, messageSync } from './messages';
import { roomUnavailableCloseCode, type RoomReplica, type UpdateOutcome } from './roomReplica';
import type { RoomReplicas } from './roomReplicas';
import type { SyncPeer } from './syncPeer';

/** Close codes outside 4400-4499, so y-websocket reconnects (with backoff) rather than giving up. */
export const closeCodes = { malformed: 1007, rateLimited: 1008, tooLarge: 1009, tooSlow: 1013 } as const;

const resyncDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Messages received and not yet handled, past which the connection stops reading. */
const maxQueuedMessages = 64;

/** Who is on the other end of one sync connection, as the hub decided at the upgrade. */
export interface SyncClient {
  room: string;
  writer: Writer;
  /** See SyncPeer.address. */
  address: string | undefined;
  /** The client asked for the hub's notices (a facilitator's app). */
  notices: boolean;
  /** Notices sent once it has joined the room (a facilitator's app is told whether the room
   *  admits new joins). */
  greeting: Uint8Array[];
}

export function serveSyncConnection(socket: WebSocket, client: SyncClient, replicas: RoomReplicas, limits: HubLimits, logger: HubLogger): void {
  const { room, writer, notices, greeting } = client;
  const rateLimit = createConnectionRateLimit(limits);
  let resyncTimer: NodeJS.Timeout | null = null;
  /** Messages received and not yet handled (see handleNext). */
  const queue: Uint8Array[] = [];
  const closeSocket = (code: number, reason: string): void => {
    queue.length = 0;
    // A paused socket would never read the client's answer to the close, and would linger.
    if (socket.isPaused) socket.resume();
    socket.close(code, reason);
  };
  let refusals = 0;
  let replica: RoomReplica | null = null;

  // One person's edits fit in far less than a facilitator's upload of a whole workshop.
  const maxFrameBytes = writer.role === 'facilitator' ? limits.maxSyncFrameBytes : limits.maxParticipantFrameBytes;
  const peer: SyncPeer = {
    writer,
    wantsNotices: notices,
    address: client.address,
    send(message) {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > limits.maxBufferedBytes) {
        // A client that does not read must not make the hub hold an ever-growing backlog.
        closeSocket(closeCodes.tooSlow, 'too slow');
        return;
      }
      socket.send(message);
    },
    scheduleResync() {
      if (resyncTimer) return;
      const delay = resyncDelaysMs[Math.min(refusals, resyncDelaysMs.length - 1)]!;
      refusals++;
      resyncTimer = setTimeout(() => {
        resyncTimer = null;
        replica?.requestSyncFrom(peer);
      }, delay);
    },
    close(code, reason) {
      closeSocket(code, reason);
    },
  };

  const fail = (code: number, reason: string): void => {
    logger.warn(`closing a sync connection: ${reason}`);
    closeSocket(code, reason);
  };

  // Messages take their turn one per turn of the event loop: the frames of one read (dozens of
  // them, from a client sending as fast as it can) would otherwise be handled back to back, and
  // every other room, connection and /health would wait until all were done.
  let turnScheduled = false;
  const handleNext = (): void => {
    turnScheduled = false;
    const bytes = queue.shift();
    if (!bytes || !replica || socket.readyState !== socket.OPEN) {
      queue.length = 0;
      return;
    }
    let outcome: MessageOutcome;
    try {
      outcome = handleMessage(replica, peer, bytes);
    } catch {
      outcome = 'malformed';
    }
    if (outcome === 'malformed') fail(closeCodes.malformed, 'malformed message');
    if (outcome === 'applied') refusals = 0;
    if (queue.length > 0) scheduleTurn();
    else if (socket.isPaused) socket.resume();
  };
  const scheduleTurn = (): void => {
    if (turnScheduled) return;
    turnScheduled = true;
    setImmediate(handleNext);
  };

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (!replica || socket.readyState !== socket.OPEN) return;
    const bytes = toUint8Array(data);
    if (bytes.length > maxFrameBytes) return fail(closeCodes.tooLarge, 'frame too large');
    if (!rateLimit.admit(bytes.length)) return fail(closeCodes.rateLimited, 'rate limit exceeded');
    if (!isBinary) return fail(closeCodes.malformed, 'text frame on a binary protocol');
    queue.push(bytes);
    // A client far ahead of the hub waits for it (TCP pushes back) instead of filling memory.
    if (queue.length >= maxQueuedMessages) socket.pause();
    scheduleTurn();
  });

  socket.on('close', () => {
    if (resyncTimer) clearTimeout(resyncTimer);
    if (replica) replicas.leave(replica, peer);
    replica = null;
  });
  socket.on('error', () => socket.terminate());

  try {
    replica = replicas.join(room, peer);
    if (notices) for (const message of greeting) peer.send(message);
  } catch {
    // The room's files could not be read (RoomReplicas has logged and reported why); this
    // connection ends, every other room and connection goes on.
    socket.close(roomUnavailableCloseCode, 'room unavailable');
  }
}

type MessageOutcome = 'ok' | UpdateOutcome;

function handleMessage(replica: RoomReplica, peer: SyncPeer, bytes: Uint8Array): MessageOutcome {
  const decoder = decoding.createDecoder(bytes);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case messageSync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === 0) {
        replica.answerSyncStep1(peer, payload);
        return 'ok';
      }
      if (syncType === 1 || syncType === 2) return replica.receiveUpdate(payload, peer);
      return 'malformed';
    }
    case messageAwareness:
      return replica.receiveAwareness(decoding.readVarUint8Array(decoder), peer) === 'malformed' ? 'malformed' : 'ok';
    case messageQueryAwareness:
      replica.answerAwarenessQuery(peer);
      return 'ok';
    case messageAuth:
      return 'ok'; // only ever sent by servers; harmless to ignore
    default:
      return 'malformed';
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
