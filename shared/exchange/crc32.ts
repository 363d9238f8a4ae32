/**
 * CRC-32 (the IEEE polynomial used by zip and PNG), in plain JavaScript. The `.baraza` file
 * needs a checksum that works in a browser on a plain-http LAN page, where `crypto.subtle` is
 * missing; CRC-32 catches every burst of damage up to 32 bits and all but one in four billion
 * others, which is what a truncated download or a flaky USB stick produces. It is not a
 * signature: it detects accidents, not forgery.
 */
const table = (() => {
  const entries = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    entries[n] = c >>> 0;
  }
  return entries;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = (table[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
