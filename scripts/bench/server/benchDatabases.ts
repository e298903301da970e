import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStorage, type Storage } from '../../../server/storage/openStorage.ts';
import { startPostgres } from '../../../test/server/support/throwawayPostgres.ts';

/** A database the server bench runs on, with the server's tables made by `openStorage`. */
export interface BenchDatabase {
  name: string;
  /** What it is, for the report's heading. */
  description: string;
  storage: Storage;
  /** Closes the storage and removes what the bench made for it. */
  dispose(): Promise<void>;
}

/** PGlite in a temporary folder, as a one-machine deployment keeps it (`{ kind: 'directory' }`). */
export async function openPgliteBench(): Promise<BenchDatabase> {
  const folder = await mkdtemp(path.join(tmpdir(), 'connections-bench-pglite-'));
  const storage = await openStorage({ kind: 'directory', path: path.join(folder, 'data') });
  const [version] = await storage.db.query<{ version: string }>('SELECT version()');
  return {
    name: 'PGlite',
    description: `${version?.version.replace(/ on .*/, '') ?? 'PGlite'}, in-process (WebAssembly), a temporary folder`,
    storage,
    async dispose() {
      await storage.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * PostgreSQL: DATABASE_URL's server (the bench's tables in a schema of their own, dropped after),
 * or a throwaway one of the bench's own on 127.0.0.1 (test/server/support/throwawayPostgres.ts:
 * Debian's postgresql, which scripts/ensure-test-tools.mjs installs; fsync off).
 */
export async function openPostgresBench(): Promise<BenchDatabase> {
  const server = await startPostgres();
  const given = Boolean(process.env.DATABASE_URL?.trim());
  const schema = `bench_${process.pid}`;
  let storage: Storage;
  try {
    storage = await openStorage({ kind: 'postgres', url: server.url, schema });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const [version] = await storage.db.query<{ version: string }>('SELECT version()');
  return {
    name: 'PostgreSQL',
    description:
      `${version?.version.replace(/ on .*/, '') ?? 'PostgreSQL'}, ` +
      (given ? `DATABASE_URL's server, schema ${schema}` : 'a throwaway server on 127.0.0.1 (fsync off)') +
      ', through pg (a pool of 10)',
    storage,
    async dispose() {
      try {
        if (given) await storage.db.exec(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await storage.close();
        await server.stop();
      }
    },
  };
}
