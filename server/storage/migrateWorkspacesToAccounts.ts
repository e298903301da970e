import type { SqlDatabase } from './SqlDatabase';

/** The tables that named their owner `workspace_id` before owners became the host's accounts. */
const ownedTables = ['sessions', 'data_sources', 'grants', 'authorizations'] as const;

/**
 * Takes a database of the reference backend from before the server half was a package (a demo's
 * `.data/`) forward: its `workspaces` become `accounts` and every `workspace_id` an `account_id`,
 * keeping every row, so a restarted demo still finds its sources and its sealed tokens still open
 * (they are bound to the same ids). The demo's sessions stay where they were, now the demo's own
 * table. Does nothing to a database already in the new layout.
 */
export async function migrateWorkspacesToAccounts(db: SqlDatabase, schema: string): Promise<void> {
  const columns = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'workspace_id'`,
    [schema],
  );
  const [workspaces] = await db.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'workspaces'`,
    [schema],
  );
  if (workspaces) await db.exec(`ALTER TABLE ${schema}.workspaces RENAME TO accounts;`);
  for (const { table_name: table } of columns) {
    if (!(ownedTables as readonly string[]).includes(table)) continue;
    await db.exec(`ALTER TABLE ${schema}.${table} RENAME COLUMN workspace_id TO account_id;`);
  }
  await db.exec(`ALTER INDEX IF EXISTS ${schema}.authorizations_by_workspace RENAME TO authorizations_by_account;`);
}
