/**
 * What the backend needs of a database: parameterised queries, a named lock, and closing. PGlite
 * (embedded) and PostgreSQL (through `pg`) both answer it with the same SQL.
 */
export interface SqlDatabase {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (the schema). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` while holding the lock called `name`, and lets go of it when `fn` settles, returned
   * or thrown; callers with the same name take turns, other names do not wait. Who is excluded:
   * - PostgreSQL: every process connected to that server, through a session advisory lock (a
   *   process that dies closes its connection, which drops the lock);
   * - PGlite: every user of this object, in this process. PGlite has one connection, on which
   *   advisory locks are re-entrant and exclude nothing, so an in-process mutex does it; backends
   *   sharing the process's in-memory PGlite share this object, and a PGlite folder is opened by
   *   one process only.
   * Not re-entrant: `fn` must not take the same name again, and it must end (a call to Stripe
   * has a timeout), or every later caller waits for it.
   */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `fn` with a database whose queries are one transaction: committed when `fn` returns,
   * rolled back when it throws. Its locks are this database's; it cannot open a transaction of
   * its own, nor be closed.
   */
  transaction<T>(fn: (db: SqlDatabase) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
