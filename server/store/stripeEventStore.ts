import type { Storage } from '../storage/openStorage';

/**
 * The Stripe events already processed, by id (the `stripe_events` table), each kept while its
 * signature could still be accepted: a replay of a delivery within that window is recognised
 * and ignored. After it the signature check refuses the replay by itself, so the row goes.
 */
export interface StripeEventStore {
  /**
   * Records event `id`, signed at `signedAt`, as processed, and forgets those whose signature
   * can no longer be accepted at `now` (signed more than `toleranceSeconds` before it). True for
   * the first to record `id`; false when it was recorded already, by this backend or another
   * over the same database (`INSERT … ON CONFLICT DO NOTHING`: inside a transaction, a second
   * recording waits for the first to commit or roll back, so an event is processed once).
   */
  claim(id: string, signedAt: Date, now: Date, toleranceSeconds: number): Promise<boolean>;
}

export function createStripeEventStore({ db, schema }: Storage): StripeEventStore {
  const table = `${schema}.stripe_events`;
  return {
    async claim(id, signedAt, now, toleranceSeconds) {
      await db.query(`DELETE FROM ${table} WHERE signed_at < $1`, [new Date(now.getTime() - toleranceSeconds * 1000)]);
      const inserted = await db.query(
        `INSERT INTO ${table} (id, signed_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, signedAt],
      );
      return inserted.length > 0;
    },
  };
}
