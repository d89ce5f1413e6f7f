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

/** One bucket per client of a room: 40 messages at once, 20 a second after that. */
export class ClientLimits {
  private readonly buckets = new Map<string, RateLimiter>();

  /** Takes one token from the client's bucket; false when it is over the rate. */
  take(client: string, now = Date.now()): boolean {
    let bucket = this.buckets.get(client);
    if (!bucket) this.buckets.set(client, (bucket = new RateLimiter(40, 20, now)));
    return bucket.take(now);
  }

  forget(client: string): void {
    this.buckets.delete(client);
  }
}
