/**
 * A token bucket: `ratePerSecond` tokens refill continuously up to `burst`. Each connection has
 * one for messages and one for bytes, so a flood from one client is cut off without affecting
 * anyone else.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(amount: number): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

export interface ConnectionRateLimit {
  /** False when this message exceeds the connection's allowance. */
  admit(bytes: number): boolean;
}

export function createConnectionRateLimit(limits: { messagesPerSecond: number; messageBurst: number; bytesPerSecond: number; byteBurst: number }): ConnectionRateLimit {
  const messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
  const bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
  return { admit: (size) => messages.take(1) && bytes.take(size) };
}
