/**
 * Limits short-code lookups. A code has 31^6 (about 887 million) values, so guessing is only a
 * risk without a limit: each address gets a few attempts a minute, and failed lookups across all
 * addresses are capped too, so many addresses together cannot guess faster.
 */
export class JoinRateLimiter {
  private windowStart = 0;
  private readonly attemptsByAddress = new Map<string, number>();
  private failures = 0;

  constructor(
    private readonly attemptsPerMinute: number,
    private readonly failuresPerMinuteGlobal: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; false means the caller must refuse it without looking the code up. */
  tryAttempt(address: string): boolean {
    this.roll();
    const attempts = (this.attemptsByAddress.get(address) ?? 0) + 1;
    this.attemptsByAddress.set(address, attempts);
    return attempts <= this.attemptsPerMinute && this.failures < this.failuresPerMinuteGlobal;
  }

  recordFailure(): void {
    this.failures++;
  }

  private roll(): void {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.attemptsByAddress.clear();
      this.failures = 0;
    }
  }
}
