import pg from 'pg';
import type { SqlDatabase } from './SqlDatabase';

/** A shared PostgreSQL server at `url` (postgres://…), through a pool of `pg` connections. */
export function openPostgresDatabase(url: string): SqlDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query(sql, [...params])).rows as Row[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
