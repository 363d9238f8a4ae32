import { describe, expect, it } from 'vitest';
import { AttemptLimiter, type AttemptLimits } from '../../../electron/hub/access/attemptLimiter';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

const limits: AttemptLimits = { attemptsPerMinute: 60, freeFailures: 3, backoffBaseMs: 1_000, backoffMaxMs: 60_000, forgetAfterMs: 10 * 60_000, maxKeys: 1_000 };

describe('the attempt limiter', () => {
  it('gives a key its allowance at once, then one attempt per refill interval', () => {
    const clock = fakeClock();
    const limiter = new AttemptLimiter(limits, clock.now);
    for (let i = 0; i < 60; i++) expect(limiter.attempt('a').allowed).toBe(true);
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterMs: 1_000 });
    clock.advance(1_000);
    expect(limiter.attempt('a').allowed).toBe(true);
    expect(limiter.attempt('a').allowed).toBe(false);
  });

  it('makes a key that keeps failing wait exponentially longer, up to the maximum', () => {
    const clock = fakeClock();
    const limiter = new AttemptLimiter({ ...limits, attemptsPerMinute: 1_000 }, clock.now);
    const waits: number[] = [];
    for (let failure = 1; failure <= 12; failure++) {
      const verdict = limiter.attempt('guesser');
      expect(verdict.allowed, `attempt ${failure}`).toBe(true);
      limiter.failed('guesser');
      const refused = limiter.attempt('guesser');
      waits.push(refused.allowed ? 0 : refused.retryAfterMs);
      clock.advance(waits.at(-1)!);
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('does not lengthen or shorten a wait for attempts made during it, and a success does not clear it', () => {
    const clock = fakeClock();
    const limiter = new AttemptLimiter({ ...limits, freeFailures: 0 }, clock.now);
    limiter.attempt('k');
    limiter.failed('k');
    for (let i = 0; i < 100; i++) {
      clock.advance(5);
      expect(limiter.attempt('k').allowed).toBe(false);
    }
    clock.advance(500);
    expect(limiter.attempt('k').allowed).toBe(true);
    // That attempt succeeded (nothing recorded); the next failure still doubles the wait.
    limiter.failed('k');
    expect(limiter.attempt('k')).toEqual({ allowed: false, retryAfterMs: 2_000 });
  });

  it('never lets one key refuse another', () => {
    const clock = fakeClock();
    const limiter = new AttemptLimiter(limits, clock.now);
    for (let i = 0; i < 1_000; i++) {
      if (limiter.attempt('attacker').allowed) limiter.failed('attacker');
    }
    expect(limiter.attempt('attacker').allowed).toBe(false);
    expect(limiter.attempt('honest').allowed).toBe(true);
  });

  it('remembers at most maxKeys keys however many try, and a new key is always allowed', () => {
    const clock = fakeClock();
    const limiter = new AttemptLimiter(limits, clock.now);
    let mostRemembered = 0;
    for (let i = 0; i < 200_000; i++) {
      const key = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      if (limiter.attempt(key).allowed) limiter.failed(key);
      mostRemembered = Math.max(mostRemembered, limiter.trackedKeys);
    }
    expect(mostRemembered).toBe(1_000);
    expect(limiter.attempt('192.168.1.20').allowed).toBe(true);
  });

  it('keeps a failing key for as long as it has to wait, then forgets it once it stays quiet', () => {
    const clock = fakeClock();
    const limiter = new AttemptLimiter({ ...limits, freeFailures: 0, backoffMaxMs: 30 * 60_000, forgetAfterMs: 60_000 }, clock.now);
    let wait = 0;
    while (wait < 30 * 60_000) {
      clock.advance(wait);
      expect(limiter.attempt('k').allowed).toBe(true);
      limiter.failed('k');
      const verdict = limiter.attempt('k');
      wait = verdict.allowed ? 0 : verdict.retryAfterMs;
    }
    // Waiting 30 minutes now: quiet for the minute it was asked to be remembered is not enough.
    clock.advance(60_000);
    limiter.attempt('other');
    expect(limiter.attempt('k').allowed).toBe(false);
    // Quiet for longer than its wait: forgotten, and starts afresh.
    clock.advance(31 * 60_000);
    limiter.attempt('other');
    expect(limiter.trackedKeys).toBe(1);
    expect(limiter.attempt('k').allowed).toBe(true);
    limiter.failed('k');
    expect(limiter.attempt('k')).toEqual({ allowed: false, retryAfterMs: 1_000 });
  });
});
