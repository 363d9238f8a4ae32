/**
 * Limits attempts at a credential (a short code, the admin token), keyed by who tries (an
 * address) or by what is tried (a code). Each key has its own allowance, so one key exhausting
 * its own never refuses another: there is deliberately no shared budget that strangers could
 * use up to lock honest people out.
 *
 * - A key may make `attemptsPerMinute` attempts a minute, all at once if it has been quiet.
 * - A key that keeps failing waits longer and longer: after `freeFailures` failures, each further
 *   one shuts the key out for `backoffBaseMs`, doubled per failure, up to `backoffMaxMs`. A success
 *   does not clear this: otherwise someone holding one right code could keep resetting the wait
 *   while guessing others.
 * - A key that makes no attempt for `forgetAfterMs` is forgotten, its failures with it.
 * - At most `maxKeys` keys are remembered; when full, the one seen least recently is forgotten.
 *   Forgetting only ever gives a key a fresh allowance, never refuses anyone, so memory stays
 *   bounded however many addresses an attacker has, at the price analysed in docs/SECURITY.md.
 */
import { RecencyMap } from './recencyMap';

export interface AttemptLimits {
  attemptsPerMinute: number;
  /** Failures before the waiting starts; Infinity for a limiter that never records failures. */
  freeFailures: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  forgetAfterMs: number;
  maxKeys: number;
}

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

interface KeyState {
  tokens: number;
  refilledAt: number;
  failures: number;
  blockedUntil: number;
  seenAt: number;
}

export class AttemptLimiter {
  private readonly keys = new RecencyMap<KeyState>();
  // Forgetting earlier than a wait ends, or than a spent allowance refills (a minute), would let
  // a key shorten its wait by staying quiet; so a key is kept at least that long.
  private readonly forgetAfterMs: number;

  constructor(
    private readonly limits: AttemptLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.forgetAfterMs = Math.max(limits.forgetAfterMs, limits.backoffMaxMs, 60_000);
  }

  /** Counts an attempt by `key`; when refused, the caller must not try the credential at all. */
  attempt(key: string): AttemptVerdict {
    const now = this.now();
    const state = this.touch(key, now);
    if (now < state.blockedUntil) return { allowed: false, retryAfterMs: state.blockedUntil - now };
    const perMs = this.limits.attemptsPerMinute / 60_000;
    state.tokens = Math.min(this.limits.attemptsPerMinute, state.tokens + (now - state.refilledAt) * perMs);
    state.refilledAt = now;
    if (state.tokens < 1) return { allowed: false, retryAfterMs: Math.ceil((1 - state.tokens) / perMs) };
    state.tokens -= 1;
    return { allowed: true };
  }

  /** Records that the attempt `key` was just allowed turned out wrong. */
  failed(key: string): void {
    const now = this.now();
    const state = this.touch(key, now);
    state.failures += 1;
    const beyondFree = state.failures - this.limits.freeFailures;
    if (beyondFree <= 0) return;
    const delay = Math.min(this.limits.backoffMaxMs, this.limits.backoffBaseMs * 2 ** Math.min(beyondFree - 1, 52));
    state.blockedUntil = Math.max(state.blockedUntil, now + delay);
  }

  /** How many keys are remembered now (for tests and diagnostics). */
  get trackedKeys(): number {
    return this.keys.size;
  }

  private touch(key: string, now: number): KeyState {
    this.forgetIdle(now);
    let state = this.keys.use(key);
    if (!state) {
      const leastRecent = this.keys.leastRecent();
      if (leastRecent && this.keys.size >= this.limits.maxKeys) this.keys.delete(leastRecent.key);
      state = { tokens: this.limits.attemptsPerMinute, refilledAt: now, failures: 0, blockedUntil: 0, seenAt: now };
      this.keys.add(key, state);
    }
    state.seenAt = now;
    return state;
  }

  private forgetIdle(now: number): void {
    for (let entry = this.keys.leastRecent(); entry && now - entry.value.seenAt >= this.forgetAfterMs; entry = this.keys.leastRecent()) {
      this.keys.delete(entry.key);
    }
  }
}
