/**
 * Join secrets and short codes. Secrets are 128 random bits in base64url (22 characters, safe in
 * a URL fragment and a query string). Short codes use an alphabet without look-alike characters
 * (no 0/O, 1/I/L) so they can be read off a projector and typed on a phone.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const shortCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/**
 * 31^8 (about 8.5 * 10^11, 39.6 bits) values: enough that guessing stays hopeless at the rates
 * /join/ permits without any limit shared by all addresses (the arithmetic is in
 * docs/SECURITY.md). Shown as two groups of four, ABCD-EFGH, which is easier to read out.
 */
export const shortCodeLength = 8;
/** Rooms created before codes grew to eight characters keep their six-character code. */
const legacyShortCodeLength = 6;

export function createJoinSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** A new code in the form people see: two groups of four joined by a dash. */
export function createShortCode(): string {
  let code = '';
  for (let i = 0; i < shortCodeLength; i++) code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what people type: lower case, spaces or dashes between groups. */
export function normalizeShortCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

const codeShape = new RegExp(`^(?:[${shortCodeAlphabet}]{${legacyShortCodeLength}}|[${shortCodeAlphabet}]{${shortCodeLength}})$`);

/** Whether a normalised code could be one the hub issued; nothing else is worth looking up. */
export function isShortCodeShape(normalized: string): boolean {
  return codeShape.test(normalized);
}

/** Compares a typed code with a stored one, whatever their grouping, in constant time. */
export function shortCodesMatch(typed: string, stored: string): boolean {
  return secretsMatch(normalizeShortCode(typed), normalizeShortCode(stored));
}

export function isWellFormedSecret(secret: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(secret);
}

/** Compares in time independent of where the strings differ (hashing also hides the length). */
export function secretsMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
