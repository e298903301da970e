import { randomBytes } from 'node:crypto';
import { stripeSignature } from '../../server/common/stripeSignature';
import { stripeWebhookPath } from '../../server/operations/receiveStripeEvent';
import { standInWebhookSecret } from '../../server/standin/demoCredentials';
import { openPostgresDatabase } from '../../server/storage/openPostgresDatabase';
import { openStorage } from '../../server/storage/openStorage';
import { processMemoryDatabase } from '../../server/storage/processMemoryDatabase';
import type { SqlDatabase } from '../../server/storage/SqlDatabase';
import type { StorageOptions } from '../../server/storage/StorageOptions';
import { createTokenCipher } from '../../server/storage/tokenCipher';
import { createStore } from '../../server/store/Store';
import type { DataSource } from '../../src/api/types';
import { signedInClient, type BackendClient } from './support/backendClient';
import { connectStripeApp } from './support/connectStripeApp';
import { listedSource } from './support/listAllDataSources';
import { startBackend, type TestBackend } from './support/startBackend';
import { startStandIn, type TestStandIn } from './support/startStandIn';
import { setUpServersWithAdmin } from './support/testServers';
import { postgresForThisFile } from './support/throwawayPostgres';

/**
 * A deauthorization event replayed: Stripe's signature is good for five minutes, so whoever saw a
 * delivery (a proxy's log, a misdirected endpoint) may send it again within them. Once the
 * account has connected again, that replay must not end the new access. Each event is processed
 * once, and an event older than the grant it would end leaves it alone.
 */

const minutes = (count: number) => count * 60 * 1000;
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** An uninstall of `account`, as Stripe's JSON: `id` and `created` (Unix seconds) as Stripe sets them. */
function deauthorizedEvent(account: string, created: number, id = `evt_${randomBytes(12).toString('hex')}`): string {
  return JSON.stringify({
    id,
    object: 'event',
    account,
    created,
    type: 'account.application.deauthorized',
    data: { object: { id: 'ca_StandInDemoPlatform', object: 'application' } },
  });
}

/** A delivery of `payload` as Stripe signs it at `t`: the same bytes and header each time it is sent. */
function signed(payload: string, t: number): { payload: string; signature: string } {
  return { payload, signature: `t=${t},v1=${stripeSignature(standInWebhookSecret, t, payload)}` };
}

async function deliver(backendUrl: string, delivery: { payload: string; signature: string }): Promise<Response> {
  return fetch(`${backendUrl}/api/v1${stripeWebhookPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': delivery.signature },
    body: delivery.payload,
  });
}

const revoked = (source: DataSource): DataSource => ({
  ...source,
  status: 'needs_reauthorization',
  statusReason: 'access_revoked',
});

describe('a deauthorization event sent again', () => {
  const env = setUpServersWithAdmin({ stripeMode: 'apps' });
  const now = () => env.servers.clock.now();

  /** Connects, delivers an uninstall (created and signed now), then connects the account again a minute later. */
  async function deauthorizedThenReconnected() {
    const source = await connectStripeApp(env.admin);
    const delivery = signed(deauthorizedEvent(source.connection, seconds(now())), seconds(now()));
    expect((await deliver(env.servers.backendUrl, delivery)).status).toBe(200);
    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
    env.servers.clock.advance(minutes(1));
    const reconnected = await connectStripeApp(env.admin);
    expect(reconnected).toMatchObject({ id: source.id, status: 'syncing' });
    return { source: reconnected, delivery };
  }

  /** The source still reads healthy, and its tokens refresh at Stripe (they were not dropped). */
  async function expectStillConnected(source: DataSource): Promise<void> {
    expect(await listedSource(env.admin.api, source.id)).toEqual(source);
    env.servers.clock.advance(minutes(58));
    await env.servers.refreshDueTokens();
    expect(env.servers.logged.filter((line) => line.includes('refresh'))).toEqual([]);
    expect(await listedSource(env.admin.api, source.id)).toEqual(source);
  }

  it('within its five minutes, after the account connected again: acknowledged, ignored, and the new access kept', async () => {
    const { source, delivery } = await deauthorizedThenReconnected();
    env.servers.clock.advance(minutes(2));

    const replay = await deliver(env.servers.backendUrl, delivery);

    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true });
    expect(env.servers.logged).toEqual([
      expect.stringMatching(/^Stripe event "evt_\w+" was received again: ignored\.$/),
    ]);
    await expectStillConnected(source);
  });

  it('redelivered with a new signature once its id is forgotten (as Stripe retries): older than the new grant, so ignored', async () => {
    const { source, delivery } = await deauthorizedThenReconnected();
    env.servers.clock.advance(minutes(10));
    const retry = signed(delivery.payload, seconds(now()));

    expect((await deliver(env.servers.backendUrl, retry)).status).toBe(200);

    expect(env.servers.logged).toEqual([]);
    await expectStillConnected(source);
  });

  it('still ends an access granted before the event (the same second counts as before)', async () => {
    const source = await connectStripeApp(env.admin);
    const delivery = signed(deauthorizedEvent(source.connection, seconds(now())), seconds(now()));
    expect((await deliver(env.servers.backendUrl, delivery)).status).toBe(200);
    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
  });

  it('ends an access granted before the event for every account reading it, and not one granted after', async () => {
    const other = await signedInClient(env.servers.backendUrl);
    const before = await connectStripeApp(other);
    env.servers.clock.advance(minutes(1));
    const created = seconds(now());
    env.servers.clock.advance(minutes(1));
    const after = await connectStripeApp(env.admin);

    expect(
      (await deliver(env.servers.backendUrl, signed(deauthorizedEvent(after.connection, created), seconds(now()))))
        .status,
    ).toBe(200);

    expect(await listedSource(other.api, before.id)).toEqual(revoked(before));
    expect(await listedSource(env.admin.api, after.id)).toEqual(after);
  });
});

/** A PostgreSQL server: DATABASE_URL's, or one this file starts (throwawayPostgres.ts). */
const databaseUrl = postgresForThisFile();

const databases: {
  name: string;
  storage(schema: string): StorageOptions;
  /** The test's own way in, and its way out. */
  open(): Promise<SqlDatabase>;
  close(db: SqlDatabase): Promise<void>;
}[] = [
  {
    name: "this process's in-memory PGlite",
    storage: (schema) => ({ kind: 'memory', schema }),
    open: processMemoryDatabase,
    // Shared by every backend of the process, and never closed.
    close: async () => {},
  },
  {
    name: 'a PostgreSQL server',
    storage: (schema) => ({ kind: 'postgres', url: databaseUrl(), schema }),
    open: async () => openPostgresDatabase(databaseUrl()),
    close: (db) => db.close(),
  },
];

for (const database of databases) {
  describe(`two backends over ${database.name}`, () => {
    let db: SqlDatabase;
    let schema: string;
    let standIn: TestStandIn;
    let first: TestBackend;
    let second: TestBackend;
    let admin: BackendClient;

    beforeEach(async () => {
      db = await database.open();
      schema = `events_${randomBytes(6).toString('hex')}`;
      standIn = await startStandIn();
      const options = {
        mode: 'apps' as const,
        storage: database.storage(schema),
        tokenKey: randomBytes(32),
        now: standIn.clock.now,
        webhookSecret: standInWebhookSecret,
      };
      // One after the other: two `CREATE TABLE IF NOT EXISTS` at once can collide in PostgreSQL.
      first = await startBackend(standIn.url, [], options);
      second = await startBackend(standIn.url, [], options);
      admin = await signedInClient(first.url);
    });

    afterEach(async () => {
      await Promise.allSettled([first.close(), second.close(), standIn.close()]);
      await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await database.close(db);
    });

    it('processes an event delivered to both at once only once', async () => {
      const source = await connectStripeApp(admin);
      const t = seconds(standIn.clock.now());
      const delivery = signed(deauthorizedEvent(source.connection, t), t);

      const answers = await Promise.all([deliver(first.url, delivery), deliver(second.url, delivery)]);

      expect(answers.map(({ status }) => status)).toEqual([200, 200]);
      expect([...first.logged, ...second.logged]).toEqual([expect.stringContaining('was received again: ignored.')]);
      expect(await listedSource(admin.api, source.id)).toEqual(revoked(source));
      expect(await db.query(`SELECT id FROM ${schema}.stripe_events`)).toHaveLength(1);
    });

    it('one ignores an event the other processed before the account connected again', async () => {
      const source = await connectStripeApp(admin);
      const t = seconds(standIn.clock.now());
      const delivery = signed(deauthorizedEvent(source.connection, t), t);
      expect((await deliver(first.url, delivery)).status).toBe(200);
      standIn.clock.advance(minutes(1));
      const reconnected = await connectStripeApp(admin);

      expect((await deliver(second.url, delivery)).status).toBe(200);

      expect(second.logged).toEqual([expect.stringContaining('was received again: ignored.')]);
      expect(await listedSource(admin.api, source.id)).toEqual(reconnected);
    });

    it('forget an event once its signature can no longer be accepted, whichever recorded it', async () => {
      const source = await connectStripeApp(admin);
      const t = seconds(standIn.clock.now());
      expect((await deliver(first.url, signed(deauthorizedEvent(source.connection, t, 'evt_old'), t))).status).toBe(
        200,
      );
      standIn.clock.advance(minutes(6));
      const later = seconds(standIn.clock.now());
      expect((await deliver(second.url, signed(deauthorizedEvent(source.connection, later), later))).status).toBe(200);
      expect(await db.query(`SELECT id FROM ${schema}.stripe_events WHERE id = 'evt_old'`)).toEqual([]);
    });
  });
}

it('moves a database from before grants were dated forward: their columns added, an undated grant counted as older', async () => {
  const db = await processMemoryDatabase();
  const schema = `undated_${randomBytes(6).toString('hex')}`;
  try {
    // A schema of today's layout, then taken back to before grants were dated.
    await openStorage({ kind: 'memory', schema });
    await db.exec(`ALTER TABLE ${schema}.grants DROP COLUMN granted_at, DROP COLUMN code_hash;
      DROP TABLE ${schema}.stripe_events;`);
    await db.query(`INSERT INTO ${schema}.accounts (id) VALUES ('acc_old')`);
    await db.query(
      `INSERT INTO ${schema}.data_sources (account_id, id, name, name_key, search_text, integration_id, connection, status)
       VALUES ('acc_old', 'ds_stripe', 'Stripe', 'stripe', 'stripe acct_1', 'stripe', 'acct_1', 'success')`,
    );
    await db.query(
      `INSERT INTO ${schema}.grants (account_id, data_source_id, stripe_user_id, access_token, refresh_token, scope)
       VALUES ('acc_old', 'ds_stripe', 'acct_1', 'sealed', 'sealed', 'stripe_apps')`,
    );

    const storage = await openStorage({ kind: 'memory', schema });
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'grants'
         AND column_name IN ('granted_at', 'code_hash') ORDER BY column_name`,
      [schema],
    );
    expect(columns.map(({ column_name: name }) => name)).toEqual(['code_hash', 'granted_at']);
    expect(await db.query(`SELECT id FROM ${schema}.stripe_events`)).toEqual([]);

    const store = createStore(storage, { cipher: createTokenCipher(randomBytes(32)), now: () => new Date() });
    const marked = await store.dataSources.markConnection(
      'stripe',
      'acct_1',
      'needs_reauthorization',
      'access_revoked',
      {
        grantedBefore: new Date(0),
      },
    );
    expect(marked).toBe(1);
    expect(await db.query(`SELECT 1 FROM ${schema}.grants`)).toEqual([]);
  } finally {
    await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
});
