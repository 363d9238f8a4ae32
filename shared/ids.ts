/**
 * Random ids, never counters: two laptops that were offline together must never mint the same
 * id. `crypto.getRandomValues` exists in Node and in every browser, even on plain-http LAN
 * pages where `crypto.subtle` does not.
 */
type RandomSource = { getRandomValues<T extends Uint8Array>(array: T): T };

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function randomBytes(length: number): Uint8Array {
  const source = (globalThis as unknown as { crypto: RandomSource }).crypto;
  return source.getRandomValues(new Uint8Array(length));
}

/** A 16-character id (96 bits) from a URL-safe alphabet. */
export function randomId(length = 16): string {
  let id = '';
  for (const byte of randomBytes(length)) id += alphabet[byte & 63];
  return id;
}
