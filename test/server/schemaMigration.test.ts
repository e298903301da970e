import './support/processDatabaseReady';
import { createDemoAuthentication } from '../../server/demo/demoAuthentication';
import { openStorage } from '../../server/storage/openStorage';
import { processMemoryDatabase } from '../../server/storage/processMemoryDatabase';
import { createTokenCipher } from '../../server/storage/tokenCipher';
import { hashToken } from '../../server/store/hashToken';
import { createStore } from '../../server/store/Store';

/** The layout a demo's `.data/` has from before accounts: workspaces, and `workspace_id` everywhere. */
function legacySchema(s: string): string {
  return `
CREATE SCHEMA ${s};
CREATE TABLE ${s}.workspaces (id text PRIMARY KEY);
CREATE TABLE ${s}.sessions (
  id_hash text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES ${s}.workspaces (id) ON DELETE CASCADE,
  role text NOT NULL,
  signed_in_order bigserial
);
CREATE TABLE ${s}.data_sources (
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
CREATE INDEX data_sources_by_name ON ${s}.data_sources (workspace_id, name_key, id);
CREATE TABLE ${s}.grants (
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
CREATE TABLE ${s}.authorizations (
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
CREATE INDEX authorizations_by_workspace ON ${s}.authorizations (workspace_id, issued_order);`;
}

it('takes a database of the old layout forward: every source, sealed token and signed-in browser is still there', async () => {
  const db = await processMemoryDatabase();
  const schema = `legacy_${Date.now().toString(36)}`;
  await db.exec(legacySchema(schema));
  const key = Buffer.alloc(32, 7);
  const cipher = createTokenCipher(key);
  // What the old backend wrote: a workspace, its session, a Stripe source and its sealed grant.
  await db.query(`INSERT INTO ${schema}.workspaces (id) VALUES ('ws_old')`);
  await db.query(`INSERT INTO ${schema}.sessions (id_hash, workspace_id, role) VALUES ($1, 'ws_old', 'admin')`, [
    hashToken('the-cookie'),
  ]);
  await db.query(
    `INSERT INTO ${schema}.data_sources (workspace_id, id, name, name_key, search_text, integration_id, connection, status)
     VALUES ('ws_old', 'ds_stripe', 'Stripe', 'stripe', 'stripe acct_1', 'stripe', 'acct_1', 'success')`,
  );
  await db.query(
    `INSERT INTO ${schema}.grants (workspace_id, data_source_id, stripe_user_id, access_token, refresh_token, scope)
     VALUES ('ws_old', 'ds_stripe', 'acct_1', $1, $2, 'read_only')`,
    [cipher.seal('sk_old', 'ws_old/ds_stripe/access'), cipher.seal('rt_old', 'ws_old/ds_stripe/refresh')],
  );

  const storage = await openStorage({ kind: 'memory', schema });
  try {
    const store = createStore(storage, { cipher, now: () => new Date() });
    expect(await store.dataSources.get('ws_old', 'ds_stripe')).toMatchObject({ name: 'Stripe', connection: 'acct_1' });
    expect(await store.grants.get({ accountId: 'ws_old', dataSourceId: 'ds_stripe' })).toMatchObject({
      accessToken: 'sk_old',
      refreshToken: 'rt_old',
    });
    const demo = await createDemoAuthentication(storage, { seedDataSources: [] });
    const request = new Request('http://demo.test/api/v1/data-sources', {
      headers: { Cookie: '__Host-cw_session=the-cookie' },
    });
    expect(await demo.authenticate(request)).toEqual({ accountId: 'ws_old', userId: 'ws_old/admin', role: 'admin' });
    const columns = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'workspace_id'`,
      [schema],
    );
    expect(columns).toEqual([]);
    // Opened again, nothing more to do, and nothing lost.
    await (await openStorage({ kind: 'memory', schema })).close();
    expect(await store.dataSources.get('ws_old', 'ds_stripe')).toBeDefined();
  } finally {
    await db.exec(`DROP SCHEMA ${schema} CASCADE`);
  }
});
