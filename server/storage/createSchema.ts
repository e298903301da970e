import { migrateWorkspacesToAccounts } from './migrateWorkspacesToAccounts';
import type { SqlDatabase } from './SqlDatabase';

/**
 * Creates the server's tables in `schema` unless they exist, after taking an older layout forward
 * (see migrateWorkspacesToAccounts). Plain PostgreSQL that PGlite and a PostgreSQL server both run.
 * Ids and sort keys compare byte by byte (`COLLATE "C"`), so that the order is the same whatever
 * collation the server was set up with: the sort keys carry the case, accent and number rules
 * themselves (see src/i18n/nameSortKey.ts). Under a lock, so that servers starting together on
 * one PostgreSQL do not race each other's DDL.
 *
 * Everything belongs to an account, the host's: `accounts` holds only the ids seen, so that an
 * account's rows go with it (`ON DELETE CASCADE`).
 */
export async function createSchema(db: SqlDatabase, schema: string): Promise<void> {
  const s = schema;
  await db.withLock(`${s}/schema`, async () => {
    await db.exec(`CREATE SCHEMA IF NOT EXISTS ${s};`);
    await migrateWorkspacesToAccounts(db, s);
    await db.exec(`
CREATE TABLE IF NOT EXISTS ${s}.accounts (
  id text PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS ${s}.data_sources (
  account_id text NOT NULL REFERENCES ${s}.accounts (id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  name text NOT NULL,
  name_key text COLLATE "C" NOT NULL,
  search_text text NOT NULL,
  integration_id text NOT NULL,
  connection text NOT NULL,
  status text NOT NULL,
  status_reason text,
  last_started_at timestamptz,
  last_duration_seconds double precision,
  PRIMARY KEY (account_id, id)
);
CREATE INDEX IF NOT EXISTS data_sources_by_name ON ${s}.data_sources (account_id, name_key, id);
CREATE INDEX IF NOT EXISTS data_sources_by_start ON ${s}.data_sources (account_id, last_started_at, id);
CREATE INDEX IF NOT EXISTS data_sources_by_start_asc ON ${s}.data_sources (account_id, (last_started_at IS NULL), last_started_at, id);
CREATE INDEX IF NOT EXISTS data_sources_by_start_desc ON ${s}.data_sources (account_id, (last_started_at IS NOT NULL), last_started_at, id);
CREATE INDEX IF NOT EXISTS data_sources_by_status_name ON ${s}.data_sources (account_id, status, name_key, id);
CREATE INDEX IF NOT EXISTS data_sources_by_connection ON ${s}.data_sources (connection);
CREATE TABLE IF NOT EXISTS ${s}.grants (
  account_id text NOT NULL,
  data_source_id text COLLATE "C" NOT NULL,
  stripe_user_id text NOT NULL,
  access_token text NOT NULL,
  refresh_token text NOT NULL,
  scope text NOT NULL,
  access_expires_at timestamptz,
  PRIMARY KEY (account_id, data_source_id),
  FOREIGN KEY (account_id, data_source_id) REFERENCES ${s}.data_sources (account_id, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS ${s}.authorizations (
  state_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES ${s}.accounts (id) ON DELETE CASCADE,
  user_id text,
  integration_id text NOT NULL,
  data_source_id text,
  step text NOT NULL,
  code_hash text,
  answer text,
  issued_order bigserial,
  expires_at timestamptz NOT NULL
);
ALTER TABLE ${s}.authorizations ADD COLUMN IF NOT EXISTS user_id text;
CREATE INDEX IF NOT EXISTS authorizations_by_account ON ${s}.authorizations (account_id, issued_order);
ALTER TABLE ${s}.grants ADD COLUMN IF NOT EXISTS granted_at timestamptz;
ALTER TABLE ${s}.grants ADD COLUMN IF NOT EXISTS code_hash text;
CREATE INDEX IF NOT EXISTS grants_by_code_hash ON ${s}.grants (code_hash);
CREATE TABLE IF NOT EXISTS ${s}.stripe_events (
  id text COLLATE "C" PRIMARY KEY,
  signed_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS stripe_events_by_signed_at ON ${s}.stripe_events (signed_at);
`);
  });
}
