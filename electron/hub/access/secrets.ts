/**
 * Join secrets and short codes. Secrets are 128 random bits in base64url (22 characters, safe in
 * a URL fragment and a query string). Short codes use an alphabet without look-alike characters
 * (no 0/O, 1/I/L) so they can be read off a projector and typed on a phone.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const shortCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const shortCodeLength = 6;

export function createJoinSecret(): string {
  return randomBytes(16).toString('base64url');
}

export function createShortCode(): string {
  let code = '';
  for (let i = 0; i < shortCodeLength; i++) code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  return code;
}

/** Accepts what people type: lower case, spaces or dashes between groups. */
export function normalizeShortCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
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
