import { describe, expect, it } from 'vitest';
import { JoinRateLimiter } from '../../../electron/hub/access/joinRateLimiter';
import { shortCodeAlphabet } from '../../../electron/hub/access/secrets';
import { defaultLimits } from '../../../electron/hub/options';

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

const rightCode = 'K7QM4XPR';
const address = (i: number): string => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** The n-th eight-character code: a guesser never tries the same one twice. */
let guesses = 0;
function nextGuess(): string {
  let code = '';
  for (let n = ++guesses, i = 0; i < 8; i++, n = Math.floor(n / 31)) code += shortCodeAlphabet[n % 31];
  return code;
}

/** Every address in `addresses` guesses wrong codes until the limiter refuses it. */
function guessUntilRefused(limiter: JoinRateLimiter, addresses: string[]): number {
  let failures = 0;
  for (const from of addresses) {
    while (limiter.tryLookup(from, nextGuess()).allowed) {
      limiter.recordFailure(from);
      failures++;
    }
  }
  return failures;
}

describe('short-code lookups are limited per address and per code, never overall', () => {
  it('thousands of addresses failing lookups never make a right code fail', () => {
    const clock = fakeClock();
    const limiter = new JoinRateLimiter(defaultLimits, clock.now);
    const attackers = Array.from({ length: 5_000 }, (_, i) => address(i));
    // Far beyond the 120 failures a minute that used to lock everyone out.
    expect(guessUntilRefused(limiter, attackers)).toBeGreaterThanOrEqual(5_000 * defaultLimits.joinFreeFailures);
    expect(limiter.tryLookup('192.168.1.20', rightCode).allowed).toBe(true);
  });

  it('a whole room of 150 phones typing the right code within a minute gets in, during an attack', () => {
    const clock = fakeClock();
    const limiter = new JoinRateLimiter(defaultLimits, clock.now);
    const attackers = Array.from({ length: 200 }, (_, i) => address(100_000 + i));
    for (let phone = 0; phone < 150; phone++) {
      guessUntilRefused(limiter, attackers.slice(phone, phone + 1));
      expect(limiter.tryLookup(address(phone), rightCode).allowed, `phone ${phone}`).toBe(true);
      clock.advance(400);
    }
  });

  it('an address that keeps failing waits exponentially longer, whatever codes it tries', () => {
    const clock = fakeClock();
    const limiter = new JoinRateLimiter(defaultLimits, clock.now);
    const waits: number[] = [];
    for (let failure = 0; failure < 14; failure++) {
      const verdict = limiter.tryLookup('10.0.0.66', nextGuess());
      if (!verdict.allowed) {
        waits.push(verdict.retryAfterMs);
        clock.advance(verdict.retryAfterMs);
        failure--;
        continue;
      }
      limiter.recordFailure('10.0.0.66');
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000]);
    expect(limiter.tryLookup('10.0.0.66', rightCode)).toEqual({ allowed: false, retryAfterMs: 256_000 });
  });

  it('remembers a bounded number of addresses and codes, however many an attacker uses', () => {
    const clock = fakeClock();
    const limiter = new JoinRateLimiter({ ...defaultLimits, maxTrackedAddresses: 2_000 }, clock.now);
    guessUntilRefused(limiter, Array.from({ length: 20_000 }, (_, i) => address(i)));
    expect(limiter.trackedAddresses).toBe(2_000);
    expect(limiter.trackedCodes).toBeLessThanOrEqual(2_000);
  });

  it('an address it refuses spends nothing of the code’s allowance, and one code’s allowance is not another’s', () => {
    const clock = fakeClock();
    const limits = { ...defaultLimits, joinLookupsPerCodePerMinute: 3 };
    const limiter = new JoinRateLimiter(limits, clock.now);
    guessUntilRefused(limiter, ['10.0.0.66']);
    for (let i = 0; i < 50; i++) expect(limiter.tryLookup('10.0.0.66', rightCode).allowed).toBe(false);
    for (let phone = 0; phone < 3; phone++) expect(limiter.tryLookup(address(phone), rightCode).allowed).toBe(true);
    expect(limiter.tryLookup(address(3), rightCode).allowed).toBe(false);
    expect(limiter.tryLookup(address(4), nextGuess()).allowed).toBe(true);
    clock.advance(20_000);
    expect(limiter.tryLookup(address(5), rightCode).allowed).toBe(true);
  });
});
