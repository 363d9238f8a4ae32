// y-websocket's framing, written by hand: a varuint message type (0 sync, 1 awareness), then for
// sync a varuint step (0 state vector, 1 step 2, 2 update) and the payload as a varUint8Array.
// What a hostile device sends is exactly these bytes around whatever payload it made up.
import * as encoding from 'lib0/encoding';

export function syncFrame(step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const updateFrame = (update: Uint8Array): Uint8Array => syncFrame(2, update);

/** An awareness message with the given entries (state as JSON text, or anything for malformed ones). */
export function awarenessFrame(entries: { clientId: number; clock: number; state: string }[]): Uint8Array {
  const body = encoding.createEncoder();
  encoding.writeVarUint(body, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(body, entry.clientId);
    encoding.writeVarUint(body, entry.clock);
    encoding.writeVarString(body, entry.state);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(body));
  return encoding.toUint8Array(encoder);
}
