import type { SqlDatabase } from './SqlDatabase';

/**
 * Creates the backend's tables in `schema` unless they exist. Plain PostgreSQL that PGlite and a
 * PostgreSQL server both run. Ids and sort keys compare byte by byte (`COLLATE "C"`), so that the
 * order is the same whatever collation the server was set up with: the sort keys carry the
 * case, accent and number rules themselves (see src/i18n/nameSortKey.ts).
 */
export async function createSchema(db: SqlDatabase, schema: string): Promise<void> {
  const s = schema;
  await db.exec(`
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.workspaces (
  id text PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS ${s}.sessions (
  id_hash text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES ${s}.workspaces (id) ON DELETE CASCADE,
  role text NOT NULL,
  signed_in_order bigserial
);
CREATE TABLE IF NOT EXISTS ${s}.data_sources (
  workspace_id text NOT NULL REFERENCES ${s}.workspaces (id) ON DELETE CASCADE,
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
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX IF NOT EXISTS data_sources_by_name ON ${s}.data_sources (workspace_id, name_key, id);
CREATE INDEX IF NOT EXISTS data_sources_by_start ON ${s}.data_sources (workspace_id, last_started_at, id);
CREATE INDEX IF NOT EXISTS data_sources_by_connection ON ${s}.data_sources (connection);
CREATE TABLE IF NOT EXISTS ${s}.grants (
  workspace_id text NOT NULL,
  data_source_id text COLLATE "C" NOT NULL,
  stripe_user_id text NOT NULL,
  access_token text NOT NULL,
  refresh_token text NOT NULL,
  scope text NOT NULL,
  access_expires_at timestamptz,
  PRIMARY KEY (workspace_id, data_source_id),
  FOREIGN KEY (workspace_id, data_source_id) REFERENCES ${s}.data_sources (workspace_id, id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS ${s}.authorizations (
  state_hash text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES ${s}.workspaces (id) ON DELETE CASCADE,
  integration_id text NOT NULL,
  data_source_id text,
  step text NOT NULL,
  code_hash text,
  answer text,
  issued_order bigserial,
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS authorizations_by_workspace ON ${s}.authorizations (workspace_id, issued_order);
`);
}
