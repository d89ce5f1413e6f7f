// A token bucket: a burst is fine, a flood is refused without slowing anyone else down.
export class RateLimiter {
  private readonly capacity: number;
  private readonly perSecond: number;
  private tokens: number;
  private last: number;

  constructor(capacity: number, perSecond: number, now: number) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
    this.last = now;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  /** Takes one token; false when over the rate. */
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whole seconds until a token is free again (0 when one is). */
  retryAfter(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perSecond);
  }

  /** Back to a full bucket: it no longer needs remembering. */
  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }
}
