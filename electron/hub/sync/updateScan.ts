/**
 * A first look at a participant's update, on its bytes, before Yjs decodes it. Decoding builds an
 * object for every struct and every delete range (about 150-600 ms for a 2 MiB frame of tiny
 * ones), so the limits that decoding would only then check are checked here by walking the Yjs
 * v1 encoding without building anything: the number of structs, each JSON value counted as one
 * too (400,000 values in one struct cost Yjs as much as 400,000 structs), stopping as soon as it
 * is over the limit; and the shape of the delete set, which every Yjs encoder writes per client in
 * ascending order, ranges neither overlapping nor touching. Anything it cannot walk is malformed.
 */
import * as decoding from 'lib0/decoding';

export type ScanVerdict = 'ok' | 'too-large' | 'delete-set' | 'malformed';

export function scanUpdate(update: Uint8Array, maxStructs: number): ScanVerdict {
  try {
    const decoder = decoding.createDecoder(update);
    let structs = 0;
    for (let clients = decoding.readVarUint(decoder); clients > 0; clients--) {
      const count = decoding.readVarUint(decoder);
      if (structs + count > maxStructs) return 'too-large';
      decoding.readVarUint(decoder); // client
      decoding.readVarUint(decoder); // first clock
      for (let index = 0; index < count; index++) {
        structs += skipStruct(decoder);
        if (structs > maxStructs) return 'too-large';
      }
    }
    for (let clients = decoding.readVarUint(decoder); clients > 0; clients--) {
      decoding.readVarUint(decoder); // client
      let previousEnd = -1;
      for (let ranges = decoding.readVarUint(decoder); ranges > 0; ranges--) {
        const clock = decoding.readVarUint(decoder);
        const len = decoding.readVarUint(decoder);
        if (len < 1 || clock <= previousEnd) return 'delete-set';
        previousEnd = clock + len;
      }
    }
    return 'ok';
  } catch {
    return 'malformed';
  }
}

const skipBytes = (decoder: decoding.Decoder, count: number): void => {
  if (count < 0 || decoder.pos + count > decoder.arr.length) throw new Error('past the end');
  decoder.pos += count;
};
const skipVarString = (decoder: decoding.Decoder): void => skipBytes(decoder, decoding.readVarUint(decoder));
const skipId = (decoder: decoding.Decoder): void => {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
};

/** One struct as UpdateEncoderV1 lays it out: GC, Skip, or an Item with its content. Returns
 *  what it counts for: one, or the number of its JSON values. */
function skipStruct(decoder: decoding.Decoder): number {
  const info = decoding.readUint8(decoder);
  const ref = info & 0b11111;
  if (ref === 0 || ref === 10) {
    decoding.readVarUint(decoder); // GC or Skip: a length
    return 1;
  }
  const hasOrigin = (info & 0b10000000) !== 0;
  const hasRightOrigin = (info & 0b01000000) !== 0;
  if (hasOrigin) skipId(decoder);
  if (hasRightOrigin) skipId(decoder);
  if (!hasOrigin && !hasRightOrigin) {
    if (decoding.readVarUint(decoder) === 1) skipVarString(decoder); // a root's name
    else skipId(decoder); // the id of the item holding the parent type
    if ((info & 0b00100000) !== 0) skipVarString(decoder); // parentSub
  }
  return Math.max(1, skipContent(decoder, ref));
}

/** Skips a struct's content; returns how many JSON values it held (0 for other content). */
function skipContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted
      decoding.readVarUint(decoder);
      return 0;
    case 2: {
      // JSON: strings
      const values = decoding.readVarUint(decoder);
      for (let count = values; count > 0; count--) skipVarString(decoder);
      return values;
    }
    case 3: // binary
      skipBytes(decoder, decoding.readVarUint(decoder));
      return 0;
    case 4: // string
    case 5: // embed (JSON text)
      skipVarString(decoder);
      return 0;
    case 6: // format: key and JSON text
      skipVarString(decoder);
      skipVarString(decoder);
      return 0;
    case 7: {
      // a shared type; XmlElement and XmlHook carry a name
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === 3 || typeRef === 5) skipVarString(decoder);
      return 0;
    }
    case 8: {
      // any: values
      const values = decoding.readVarUint(decoder);
      for (let count = values; count > 0; count--) skipAny(decoder);
      return values;
    }
    case 9: // subdocument: guid and options
      skipVarString(decoder);
      skipAny(decoder);
      return 0;
    default:
      throw new Error(`unknown content ${ref}`);
  }
}

/** One lib0 `any` value, nested ones included, walked with a stack of its own (a value nested
 *  thousands deep must not overflow the call stack). */
function skipAny(decoder: decoding.Decoder): void {
  // Each frame: values left to skip, and whether each is preceded by a key (an object's entry).
  const stack: { left: number; keyed: boolean }[] = [{ left: 1, keyed: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.left === 0) {
      stack.pop();
      continue;
    }
    top.left--;
    if (top.keyed) skipVarString(decoder);
    const type = decoding.readUint8(decoder);
    switch (type) {
      case 127: // undefined
      case 126: // null
      case 121: // false
      case 120: // true
        break;
      case 125:
        decoding.readVarInt(decoder);
        break;
      case 124:
        skipBytes(decoder, 4);
        break;
      case 123:
      case 122:
        skipBytes(decoder, 8);
        break;
      case 119:
        skipVarString(decoder);
        break;
      case 118:
        stack.push({ left: decoding.readVarUint(decoder), keyed: true });
        break;
      case 117:
        stack.push({ left: decoding.readVarUint(decoder), keyed: false });
        break;
      case 116:
        skipBytes(decoder, decoding.readVarUint(decoder));
        break;
      default:
        throw new Error(`unknown value type ${type}`);
    }
  }
}
