/**
 * A first look at an update, on its bytes, instead of Y.decodeUpdate. Decoding builds an object
 * for every struct, every delete range and every value inside (about 150-600 ms for a 2 MiB
 * frame of tiny ones); this walks the Yjs v1 encoding and keeps only what the prechecks read: each
 * struct's id, length, origins and parent, and the delete set. It stops as soon as the update
 * has more structs than allowed (each JSON value counts as one: 400,000 values in one struct cost
 * Yjs as much as 400,000 structs), and it refuses a delete set in a shape no encoder writes (per
 * client ascending, ranges neither overlapping nor touching).
 *
 * It reads exactly what Yjs's decoder reads and fails where that decoder would throw (strings
 * that are not UTF-8, JSON that does not parse, unknown kinds of content, values nested deeper
 * than its recursion survives), so that applying an update that passed never throws half-way
 * through reading it. Anything it cannot walk is malformed.
 */
import * as decoding from 'lib0/decoding';
import { skipAny, skipVarString, type Decoder } from './updateValues';

export type StructId = { client: number; clock: number };

/** One struct as the prechecks need it. `parent` is set only when the struct has no origins
 *  (a root's name, or the id of the item holding its parent type), as in Yjs's encoding. */
export type ScannedStruct = {
  client: number;
  clock: number;
  length: number;
  kind: 'item' | 'gc' | 'skip';
  origin: StructId | null;
  rightOrigin: StructId | null;
  parent: string | StructId | null;
  /** The item's content is a new shared type (it can be a parent). */
  holdsType: boolean;
};

export type ScannedUpdate = { structs: ScannedStruct[]; deletes: Map<number, { clock: number; len: number }[]> };
export type ScanVerdict = ScannedUpdate | 'too-large' | 'delete-set' | 'malformed';

export function scanUpdate(update: Uint8Array, maxStructs: number): ScanVerdict {
  try {
    const decoder = decoding.createDecoder(update);
    const structs: ScannedStruct[] = [];
    let counted = 0;
    const seen = new Set<number>();
    for (let clients = decoding.readVarUint(decoder); clients > 0; clients--) {
      const count = decoding.readVarUint(decoder);
      if (counted + count > maxStructs) return 'too-large';
      const client = decoding.readVarUint(decoder);
      // Yjs keeps only the last run of structs it reads for a client; no encoder writes two.
      if (seen.has(client)) return 'malformed';
      seen.add(client);
      let clock = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) {
        const { struct, weight } = readStruct(decoder, client, clock, maxStructs - counted);
        counted += weight;
        if (counted > maxStructs) return 'too-large';
        structs.push(struct);
        clock += struct.length;
      }
    }
    const deletes = new Map<number, { clock: number; len: number }[]>();
    for (let clients = decoding.readVarUint(decoder); clients > 0; clients--) {
      const client = decoding.readVarUint(decoder);
      const ranges: { clock: number; len: number }[] = [];
      let previousEnd = -1;
      for (let count = decoding.readVarUint(decoder); count > 0; count--) {
        const clock = decoding.readVarUint(decoder);
        const len = decoding.readVarUint(decoder);
        if (len < 1 || clock <= previousEnd) return 'delete-set';
        previousEnd = clock + len;
        ranges.push({ clock, len });
      }
      if (ranges.length > 0) deletes.set(client, ranges);
    }
    return { structs, deletes };
  } catch {
    return 'malformed';
  }
}

const readId = (decoder: Decoder): StructId => ({ client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) });

/** One struct as UpdateEncoderV1 lays it out: GC, Skip, or an Item with its content. `weight`:
 *  what it counts for against the limit (one, or the number of its JSON values); past `budget`,
 *  the struct is left unread. */
function readStruct(decoder: Decoder, client: number, clock: number, budget: number): { struct: ScannedStruct; weight: number } {
  const info = decoding.readUint8(decoder);
  const ref = info & 0b11111;
  if (ref === 0 || ref === 10) {
    // Every struct is built with the same fields in the same order: one shape for the engine.
    const length = decoding.readVarUint(decoder);
    return { struct: { client, clock, length, kind: ref === 0 ? 'gc' : 'skip', origin: null, rightOrigin: null, parent: null, holdsType: false }, weight: 1 };
  }
  const origin = (info & 0b10000000) !== 0 ? readId(decoder) : null;
  const rightOrigin = (info & 0b01000000) !== 0 ? readId(decoder) : null;
  let parent: string | StructId | null = null;
  if (!origin && !rightOrigin) {
    parent = decoding.readVarUint(decoder) === 1 ? decoding.readVarString(decoder) : readId(decoder);
    if ((info & 0b00100000) !== 0) skipVarString(decoder); // parentSub
  }
  const { length, values } = readContent(decoder, ref, budget);
  return { struct: { client, clock, length, kind: 'item', origin, rightOrigin, parent, holdsType: ref === 7 }, weight: Math.max(1, values) };
}

/** Reads a struct's content as Yjs's decoder would; returns its length in clocks and how many
 *  JSON values it holds (without reading them when they are more than `budget`). */
function readContent(decoder: Decoder, ref: number, budget: number): { length: number; values: number } {
  switch (ref) {
    case 1: // deleted
      return { length: decoding.readVarUint(decoder), values: 0 };
    case 2: {
      // JSON: each value a string Yjs parses ('undefined' stands for undefined)
      const values = decoding.readVarUint(decoder);
      if (values > budget) return { length: values, values };
      for (let count = values; count > 0; count--) {
        const text = decoding.readVarString(decoder);
        if (text !== 'undefined') JSON.parse(text);
      }
      return { length: values, values };
    }
    case 3: // binary
      decoding.readVarUint8Array(decoder);
      return { length: 1, values: 0 };
    case 4: // string: its length in UTF-16 code units, as Yjs counts it
      return { length: decoding.readVarString(decoder).length, values: 0 };
    case 5: // embed: JSON text
      JSON.parse(decoding.readVarString(decoder));
      return { length: 1, values: 0 };
    case 6: // format: a key and JSON text
      skipVarString(decoder);
      JSON.parse(decoding.readVarString(decoder));
      return { length: 1, values: 0 };
    case 7: {
      // a shared type: Yjs knows seven; XmlElement and XmlHook carry a name
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > 6) throw new Error(`unknown type ${typeRef}`);
      if (typeRef === 3 || typeRef === 5) skipVarString(decoder);
      return { length: 1, values: 0 };
    }
    case 8: {
      // any: values
      const values = decoding.readVarUint(decoder);
      if (values > budget) return { length: values, values };
      for (let count = values; count > 0; count--) skipAny(decoder);
      return { length: values, values };
    }
    case 9: {
      // subdocument: a guid and options Yjs reads properties of
      skipVarString(decoder);
      if (skipAny(decoder) === 'nullish') throw new Error('a subdocument without options');
      return { length: 1, values: 0 };
    }
    default:
      throw new Error(`unknown content ${ref}`);
  }
}
