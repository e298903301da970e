/** What a client may do now: go ahead, or wait `retryAfterSeconds`. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimitOptions {
  /** How many a client may do in a burst. */
  burst: number;
  /** How many a minute it may go on doing. */
  perMinute: number;
  /** How many clients are remembered; past it the least recently seen is forgotten. @default 10_000 */
  maxClients?: number;
  now?: () => Date;
}

/**
 * A token bucket per client: `burst` at once, then `perMinute`. What stops one client signing in
 * a thousand times a second, each sign-in a new demo account and a session that pushes out others'.
 */
export function createRateLimit({ burst, perMinute, maxClients = 10_000, now = () => new Date() }: RateLimitOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    take(client: string): RateDecision {
      const time = now().getTime();
      const bucket = buckets.get(client) ?? { tokens: burst, at: time };
      buckets.delete(client);
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      buckets.set(client, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
    },
  };
}
