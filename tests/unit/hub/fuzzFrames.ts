// Generators of hostile frames for the fuzz test: random bytes, valid messages cut short,
// varints that claim absurd lengths, and broken JSON. A seeded generator makes failures
// reproducible (the seed is printed when the test fails).
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export { seededRandom } from '../../fixtures/seededRandom';

function randomBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Valid messages a real client could send; the fuzzer only ever sends them damaged. */
function validMessages(random: () => number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getMap('cards').set(`fuzz-${random()}`, 'x'.repeat(Math.floor(random() * 40)));
  doc.getText('notes').insert(0, 'fuzz');
  const update = Y.encodeStateAsUpdate(doc);
  const awareness = message((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, doc.clientID);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, JSON.stringify({ user: { name: 'fuzz' } }));
  });
  return [
    message((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, Y.encodeStateVector(doc)); }),
    message((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, update); }),
    message((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, update); }),
    message((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, awareness); }),
  ];
}

export type SyncFrame = { bytes: Uint8Array | string; kind: string };

export function hostileSyncFrame(random: () => number): SyncFrame {
  const pick = Math.floor(random() * 8);
  switch (pick) {
    case 0:
      return { kind: 'random bytes', bytes: randomBytes(random, Math.floor(random() * 300)) };
    case 1: {
      const valid = validMessages(random)[Math.floor(random() * 4)]!;
      return { kind: 'truncated valid message', bytes: valid.subarray(0, Math.max(1, Math.floor(random() * (valid.length - 1)))) };
    }
    case 2:
      // A varuint of 10 0xff bytes: a length far beyond the frame (or beyond 2^53).
      return { kind: 'huge varint length', bytes: new Uint8Array([0, Math.floor(random() * 3), ...new Array(10).fill(0xff), 1]) };
    case 3:
      return { kind: 'huge message type', bytes: new Uint8Array([...new Array(1 + Math.floor(random() * 9)).fill(0xff), 0x7f, 0, 0]) };
    case 4: {
      // A well-framed update whose contents are random.
      const body = randomBytes(random, 1 + Math.floor(random() * 100));
      return { kind: 'random update body', bytes: message((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 1 + Math.floor(random() * 2)); encoding.writeVarUint8Array(e, body); }) };
    }
    case 5: {
      const state = ['{', '{"user":', 'undefined', '\u0000', '[1,2'][Math.floor(random() * 5)]!;
      const entry = message((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint(e, Math.floor(random() * 2 ** 32)); encoding.writeVarUint(e, 1); encoding.writeVarString(e, state); });
      return { kind: 'awareness with broken JSON', bytes: message((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, entry); }) };
    }
    case 6:
      return { kind: 'unknown sync message type', bytes: new Uint8Array([0, 3 + Math.floor(random() * 250), 0]) };
    default:
      return { kind: 'text frame', bytes: `{"type":"sync","junk":${random()}}` };
  }
}
