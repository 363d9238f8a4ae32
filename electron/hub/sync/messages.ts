/**
 * The y-websocket wire format: a varuint message type, then the body. Sync bodies are the
 * y-protocols sync messages (step 1 = state vector, step 2 and update = a Yjs v1 update).
 */
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;
/** The hub's own: a notice to facilitators, as JSON (see docs/HUB.md, "Notices"). */
export const messageHubNotice = 5;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/**
 * y-protocols' "permission denied" message: y-websocket logs the reason, and a client can hook
 * `provider.messageHandlers[messageAuth]` to show it.
 */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAuth);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** A notice for the facilitator's app: what happened to the room and what to do about it. */
export function encodeHubNotice(notice: { kind: string; detail: string }): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageHubNotice);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

/** Presence for a newcomer in several messages when there is a lot of it, so that no single
 *  frame grows with the size of the room. */
export function encodeAwarenessChunks(awareness: awarenessProtocol.Awareness, clients: number[], maxBytes: number): Uint8Array[] {
  const messages: Uint8Array[] = [];
  let batch: number[] = [];
  let size = 0;
  for (const client of clients) {
    const state = JSON.stringify(awareness.getStates().get(client) ?? null);
    if (batch.length > 0 && size + state.length > maxBytes) {
      messages.push(encodeAwarenessMessage(awareness, batch));
      batch = [];
      size = 0;
    }
    batch.push(client);
    size += state.length + 16;
  }
  if (batch.length > 0) messages.push(encodeAwarenessMessage(awareness, batch));
  return messages;
}
