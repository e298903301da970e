import { PGlite } from '@electric-sql/pglite';
import { pgliteDatabase } from './openPgliteDatabase';
import type { SqlDatabase } from './SqlDatabase';

let shared: Promise<SqlDatabase> | undefined;

/**
 * The one in-memory PGlite of this process. Starting a PGlite takes seconds while a schema takes
 * milliseconds, so every backend a test process starts shares it, each in a schema of its own.
 * It is never closed: it holds no handle that keeps the process alive, and dies with it.
 */
export function processMemoryDatabase(): Promise<SqlDatabase> {
  shared ??= PGlite.create().then(pgliteDatabase);
  return shared;
}
