import { PGlite } from '@electric-sql/pglite';
import { inProcessLocks } from './inProcessLocks';
import { ownerOnlyFolder } from './ownerOnlyFolder';
import type { SqlDatabase } from './SqlDatabase';

/** A PGlite as a SqlDatabase; its locks are this object's (see SqlDatabase.withLock). */
export function pgliteDatabase(pglite: PGlite): SqlDatabase {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await pglite.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    withLock: inProcessLocks(),
    close: () => pglite.close(),
  };
}

/** PostgreSQL in WebAssembly, kept in the folder `dataDir`, which only its owner may enter. */
export async function openPgliteDatabase(dataDir: string): Promise<SqlDatabase> {
  await ownerOnlyFolder(dataDir);
  return pgliteDatabase(await PGlite.create({ dataDir }));
}
