/**
 * Walking the values inside a Yjs v1 update without building them (updateScan.ts), failing
 * wherever lib0's own decoder would: a string that is not UTF-8 (lib0 decodes with a fatal
 * TextDecoder), an unknown value type, bytes past the end, and a value nested deeper than lib0's
 * recursive reader survives.
 */
import { isUtf8 } from 'node:buffer';
import * as decoding from 'lib0/decoding';

export type Decoder = decoding.Decoder;

/**
 * Far deeper than anything the app writes (deeper values still reach the judge, which refuses
 * them as too deep), and half of where lib0's reader overflows on Node 20's default stack
 * (between 8,000 and 10,000 levels).
 */
export const maxValueDepth = 4_000;

const skipBytes = (decoder: Decoder, count: number): void => {
  if (count < 0 || decoder.pos + count > decoder.arr.length) throw new Error('past the end');
  decoder.pos += count;
};

/** Skips a length-prefixed UTF-8 string, checking it is UTF-8. */
export function skipVarString(decoder: Decoder): void {
  const length = decoding.readVarUint(decoder);
  const start = decoder.pos;
  skipBytes(decoder, length);
  const bytes = decoder.arr;
  for (let index = start; index < start + length; index++) {
    // Plain ASCII needs no further check; anything else goes to the native validator.
    if (bytes[index]! >= 0x80) {
      if (!isUtf8(bytes.subarray(start, start + length))) throw new Error('not UTF-8');
      return;
    }
  }
}

/**
 * Skips one lib0 `any` value, nested ones included, with a stack of its own (a value nested
 * thousands deep must not overflow the hub's call stack). Says whether the value itself was
 * null or undefined, which a subdocument's options may not be.
 */
export function skipAny(decoder: Decoder): 'nullish' | 'value' {
  // Each frame: values left to skip, and whether each is preceded by a key (an object's entry).
  const stack: { left: number; keyed: boolean }[] = [{ left: 1, keyed: false }];
  let first: 'nullish' | 'value' | undefined;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.left === 0) {
      stack.pop();
      continue;
    }
    top.left--;
    if (top.keyed) skipVarString(decoder);
    const type = decoding.readUint8(decoder);
    first ??= type === 127 || type === 126 ? 'nullish' : 'value';
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
      case 117:
        if (stack.length >= maxValueDepth) throw new Error('nested too deep');
        stack.push({ left: decoding.readVarUint(decoder), keyed: type === 118 });
        break;
      case 116:
        skipBytes(decoder, decoding.readVarUint(decoder));
        break;
      default:
        throw new Error(`unknown value type ${type}`);
    }
  }
  return first!;
}
