import { randomToken } from '../common/randomToken';
import { createSchema } from './createSchema';
import type { SqlDatabase } from './SqlDatabase';
import type { StorageOptions } from './StorageOptions';

/** A database with the backend's tables in `schema`; `close` lets go of what this backend opened. */
export interface Storage {
  db: SqlDatabase;
  /** A plain identifier (letters, digits, `_`), safe to write into SQL as is. */
  schema: string;
  close(): Promise<void>;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

function checkedSchema(schema: string): string {
  if (!identifier.test(schema)) throw new Error(`The schema name "${schema}" must be a lower-case SQL identifier.`);
  return schema;
}

/**
 * Opens the database `options` name and makes the server's tables there. Each driver is loaded
 * only when asked for, so a host installs just the one it uses (`@electric-sql/pglite` or `pg`).
 */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  if (options.kind === 'memory') {
    const { processMemoryDatabase } = await import('./processMemoryDatabase');
    const db = await processMemoryDatabase();
    // A fresh schema is this backend's alone, and is dropped with it; a named one outlives it.
    const fresh = options.schema === undefined;
    const schema = checkedSchema(options.schema ?? `backend_${randomToken(9).toLowerCase().replace(/-/g, '_')}`);
    await createSchema(db, schema);
    return {
      db,
      schema,
      close: async () => {
        if (fresh) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      },
    };
  }
  const db =
    options.kind === 'directory'
      ? await (await import('./openPgliteDatabase')).openPgliteDatabase(options.path)
      : (await import('./openPostgresDatabase')).openPostgresDatabase(options.url);
  const schema = checkedSchema(options.kind === 'postgres' ? (options.schema ?? 'connections') : 'connections');
  try {
    await createSchema(db, schema);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, schema, close: () => db.close() };
}
