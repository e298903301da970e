import pg from 'pg';
import { inProcessLocks } from './inProcessLocks';
import type { SqlDatabase } from './SqlDatabase';
import { transactionDatabase } from './transactionDatabase';

/** How many locks one process holds at a time: each keeps a connection of its own while held. */
const lockConnections = 4;

/**
 * A shared PostgreSQL server at `url` (postgres://…), through a pool of `pg` connections. A lock is
 * a session advisory lock on a 64-bit hash of its name (two names with the same hash just take
 * turns), held by a connection from a second, smaller pool: the function run under the lock
 * queries through the first, which lock holders therefore can never use up.
 */
export function openPostgresDatabase(url: string): SqlDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const lockPool = new pg.Pool({ connectionString: url, max: lockConnections });
  // Callers in this process take turns before they take a connection, so that those waiting for
  // one name do not hold every lock connection while other names could go ahead.
  const turns = inProcessLocks();
  // An idle connection the server dropped (a restart, a failover) is an 'error' event on its pool,
  // which unheard would end the process; the pool replaces it, and a query meets anything lasting.
  for (const each of [pool, lockPool]) each.on('error', () => {});

  async function holdingAdvisoryLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const client = await lockPool.connect();
    // A connection lost while checked out would throw its error as unhandled; the lock goes with it.
    let lost = false;
    const onError = () => {
      lost = true;
    };
    client.on('error', onError);
    let unlocked = false;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
      try {
        return await fn();
      } finally {
        unlocked = await client
          .query<{ unlocked: boolean }>('SELECT pg_advisory_unlock(hashtextextended($1, 0)) AS unlocked', [name])
          .then(
            ({ rows }) => rows[0]?.unlocked === true,
            () => false,
          );
      }
    } finally {
      client.off('error', onError);
      // A connection that may still hold the lock is closed, not pooled: its session's end drops it.
      client.release(unlocked && !lost ? undefined : true);
    }
  }

  async function inTransaction<T>(fn: (db: SqlDatabase) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const db = transactionDatabase(
        {
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, [...params])).rows as Row[],
          exec: async (sql) => {
            await client.query(sql);
          },
        },
        database,
      );
      const result = await fn(db);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      // A connection whose rollback failed may be mid-transaction: closed, not pooled.
      client.release(broken ? true : undefined);
    }
  }

  const database: SqlDatabase = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query(sql, [...params])).rows as Row[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    withLock: (name, fn) => turns(name, () => holdingAdvisoryLock(name, fn)),
    transaction: inTransaction,
    close: async () => {
      await Promise.all([pool.end(), lockPool.end()]);
    },
  };
  return database;
}
