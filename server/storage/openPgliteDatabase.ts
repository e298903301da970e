import { PGlite } from '@electric-sql/pglite';
import { inProcessLocks } from './inProcessLocks';
import { ownerOnlyFolder } from './ownerOnlyFolder';
import type { SqlDatabase } from './SqlDatabase';
import { transactionDatabase } from './transactionDatabase';

/** A PGlite as a SqlDatabase; its locks are this object's (see SqlDatabase.withLock). */
export function pgliteDatabase(pglite: PGlite): SqlDatabase {
  const database: SqlDatabase = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await pglite.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    withLock: inProcessLocks(),
    // PGlite runs one transaction at a time on its one connection; other queries wait for it.
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn(
          transactionDatabase(
            {
              query: async <Row>(sql: string, params: readonly unknown[] = []) =>
                (await tx.query<Row>(sql, [...params])).rows,
              exec: async (sql) => {
                await tx.exec(sql);
              },
            },
            database,
          ),
        ),
      ),
    close: () => pglite.close(),
  };
  return database;
}

/** PostgreSQL in WebAssembly, kept in the folder `dataDir`, which only its owner may enter. */
export async function openPgliteDatabase(dataDir: string): Promise<SqlDatabase> {
  await ownerOnlyFolder(dataDir);
  return pgliteDatabase(await PGlite.create({ dataDir }));
}
