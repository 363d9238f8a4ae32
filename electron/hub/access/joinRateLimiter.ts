/**
 * Limits short-code lookups (/join/<code>) per address and per code, never overall: a limit
 * shared by everyone is one strangers can use up, and then right codes fail too. Guessing stays
 * hopeless without one because codes are long (see secrets.ts and docs/SECURITY.md).
 *
 * - Per address: a few lookups a minute, and an address that keeps failing waits exponentially
 *   longer between lookups.
 * - Per code: lookups of one code from all addresses together, generous enough for a whole room
 *   typing it within a minute. Failures on other codes never count against it.
 *
 * Both are checked before the code is looked up, so a refusal says nothing about the code.
 */
import type { HubLimits } from '../options';
import { AttemptLimiter, type AttemptVerdict } from './attemptLimiter';

export type JoinLimits = Pick<
  HubLimits,
  'joinAttemptsPerMinute' | 'joinFreeFailures' | 'joinLookupsPerCodePerMinute' | 'failureBackoffBaseMs' | 'failureBackoffMaxMs' | 'attemptMemoryMs' | 'maxTrackedAddresses'
>;

// Only codes in use by many people at once need their count kept; forgetting a guessed code's
// count costs nothing, and a busy code is used too often to be the least recent.
const codesRemembered = 4_096;

export class JoinRateLimiter {
  private readonly byAddress: AttemptLimiter;
  private readonly byCode: AttemptLimiter;

  constructor(limits: JoinLimits, now: () => number = Date.now) {
    const shared = { backoffBaseMs: limits.failureBackoffBaseMs, backoffMaxMs: limits.failureBackoffMaxMs, forgetAfterMs: limits.attemptMemoryMs, maxKeys: limits.maxTrackedAddresses };
    this.byAddress = new AttemptLimiter({ ...shared, attemptsPerMinute: limits.joinAttemptsPerMinute, freeFailures: limits.joinFreeFailures }, now);
    this.byCode = new AttemptLimiter({ ...shared, attemptsPerMinute: limits.joinLookupsPerCodePerMinute, freeFailures: Infinity, maxKeys: Math.min(codesRemembered, limits.maxTrackedAddresses) }, now);
  }

  /**
   * Counts a lookup of `code` (normalised; undefined when it cannot be a code at all) by
   * `address`. The address is asked first, so one it refuses spends nothing of the code's allowance.
   */
  tryLookup(address: string, code: string | undefined): AttemptVerdict {
    const verdict = this.byAddress.attempt(address);
    if (!verdict.allowed || code === undefined) return verdict;
    return this.byCode.attempt(code);
  }

  /** The lookup `address` was allowed found no open room. */
  recordFailure(address: string): void {
    this.byAddress.failed(address);
  }

  get trackedAddresses(): number {
    return this.byAddress.trackedKeys;
  }

  get trackedCodes(): number {
    return this.byCode.trackedKeys;
  }
}
