import type { SqlDatabase } from './SqlDatabase';

/**
 * The database a transaction's `fn` is given: `query` and `exec` on the transaction's connection,
 * the locks of the database it runs in, and neither a nested transaction nor `close`.
 */
export function transactionDatabase(
  connection: Pick<SqlDatabase, 'query' | 'exec'>,
  outer: Pick<SqlDatabase, 'withLock'>,
): SqlDatabase {
  return {
    query: connection.query,
    exec: connection.exec,
    withLock: outer.withLock,
    transaction: () => Promise.reject(new Error('A transaction cannot open another one.')),
    close: () => Promise.reject(new Error('A transaction’s database is closed with the one it runs in.')),
  };
}
