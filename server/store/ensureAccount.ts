import type { SqlDatabase } from '../storage/SqlDatabase';

/**
 * Records the host's account `accountId` unless it is known: accounts are the host's, and come
 * into being here the first time one writes anything (an authorization started, a source added).
 */
export async function ensureAccount(db: SqlDatabase, schema: string, accountId: string): Promise<void> {
  await db.query(`INSERT INTO ${schema}.accounts (id) VALUES ($1) ON CONFLICT (id) DO NOTHING`, [accountId]);
}
