import { randomBytes } from 'node:crypto';
import type { GrantKey } from '../../server/store/grantStore';
import { openPostgresDatabase } from '../../server/storage/openPostgresDatabase';
import { postgresForThisFile } from './support/throwawayPostgres';
import { processMemoryDatabase } from '../../server/storage/processMemoryDatabase';
import type { SqlDatabase } from '../../server/storage/SqlDatabase';
import type { StorageOptions } from '../../server/storage/StorageOptions';
import type { DataSource } from '../../src/api/types';
import { signedInClient, type BackendClient } from './support/backendClient';
import { connectStripeApp } from './support/connectStripeApp';
import { listedSource } from './support/listAllDataSources';
import { startBackend, type TestBackend } from './support/startBackend';
import { startStandIn, type TestStandIn } from './support/startStandIn';

const minutes = (count: number) => count * 60 * 1000;

/** A PostgreSQL server: DATABASE_URL's, or one this file starts (throwawayPostgres.ts). */
const databaseUrl = postgresForThisFile();

interface SharedDatabase {
  /** How each backend opens it, in a schema of the test's own. */
  storage(schema: string): StorageOptions;
  /** The test's own way in, to find a grant and drop the schema. */
  open(): Promise<SqlDatabase>;
  /** Lets go of what `open` opened. */
  close(db: SqlDatabase): Promise<void>;
}

const databases: { name: string; database: SharedDatabase }[] = [
  {
    name: "this process's in-memory PGlite",
    database: {
      storage: (schema) => ({ kind: 'memory', schema }),
      open: processMemoryDatabase,
      // Shared by every backend of the process, and never closed.
      close: async () => {},
    },
  },
  {
    name: 'a PostgreSQL server',
    database: {
      storage: (schema) => ({ kind: 'postgres', url: databaseUrl(), schema }),
      open: async () => openPostgresDatabase(databaseUrl()),
      close: (db) => db.close(),
    },
  },
];

for (const { name, database } of databases) {
  /**
   * Two backends over one database (one schema, one token key), as behind a load balancer, and the
   * stand-in they share, which refuses a refresh token used twice: the loser of a race would mark
   * the source `needs_reauthorization` and delete its grant.
   */
  describe(`two backends over ${name}, in apps mode`, () => {
    let db: SqlDatabase;
    let schema: string;
    let standIn: TestStandIn;
    let first: TestBackend;
    let second: TestBackend;
    let admin: BackendClient;
    let source: DataSource;
    let key: GrantKey;
    /** The access token the install granted. */
    let installed: string | undefined;
    /** How many token requests the stand-in had after the install. */
    let afterInstall: number;

    const tokenRequests = () => standIn.requests.filter((request) => request === 'POST /v1/oauth/token').length;
    const accountStatus = async (accessToken: string | undefined) =>
      (await fetch(`${standIn.url}/v1/account`, { headers: { Authorization: `Bearer ${String(accessToken)}` } }))
        .status;

    beforeEach(async () => {
      db = await database.open();
      schema = `refresh_${randomBytes(6).toString('hex')}`;
      standIn = await startStandIn();
      const options = {
        mode: 'apps' as const,
        storage: database.storage(schema),
        tokenKey: randomBytes(32),
        now: standIn.clock.now,
      };
      // One after the other: two `CREATE TABLE IF NOT EXISTS` at once can collide in PostgreSQL.
      first = await startBackend(standIn.url, [], options);
      second = await startBackend(standIn.url, [], options);
      admin = await signedInClient(first.url);
      source = await connectStripeApp(admin);
      const [grant] = await db.query<{ account_id: string }>(
        `SELECT account_id FROM ${schema}.grants WHERE data_source_id = $1`,
        [source.id],
      );
      key = { accountId: grant?.account_id ?? '', dataSourceId: source.id };
      // Not due yet: the token of the install, without asking Stripe.
      installed = await first.accessToken(key);
      afterInstall = tokenRequests();
    });

    afterEach(async () => {
      await Promise.allSettled([first.close(), second.close(), standIn.close()]);
      await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await database.close(db);
    });

    /** One refresh reached the stand-in, nobody logged a refusal, the source is as connected, and `token` works once the installed one has expired. */
    async function expectOneGoodRefresh(token: string | undefined): Promise<void> {
      expect(tokenRequests()).toBe(afterInstall + 1);
      expect([...first.logged, ...second.logged]).toEqual([]);
      expect(await listedSource(admin.api, source.id)).toEqual(source);
      expect(token).toEqual(expect.any(String));
      expect(token).not.toBe(installed);
      standIn.clock.advance(minutes(5));
      expect(await accountStatus(installed)).toBe(401);
      expect(await accountStatus(token)).toBe(200);
    }

    it('both asked for the access token of a due grant at the same moment get the one new token of one refresh', async () => {
      standIn.clock.advance(minutes(58));
      const [fromFirst, fromSecond] = await Promise.all([first.accessToken(key), second.accessToken(key)]);
      expect(fromSecond).toBe(fromFirst);
      await expectOneGoodRefresh(fromFirst);
    });

    it('both sweeping at the same moment refresh the grant once, and its next refresh is accepted', async () => {
      standIn.clock.advance(minutes(58));
      await Promise.all([first.refreshDueTokens(), second.refreshDueTokens()]);
      const [fromFirst, fromSecond] = await Promise.all([first.accessToken(key), second.accessToken(key)]);
      expect(fromSecond).toBe(fromFirst);
      await expectOneGoodRefresh(fromFirst);

      // The refresh token stored is the one Stripe answered, not one a loser spent.
      standIn.clock.advance(minutes(55));
      await Promise.all([second.refreshDueTokens(), first.refreshDueTokens()]);
      expect(tokenRequests()).toBe(afterInstall + 2);
      expect([...first.logged, ...second.logged]).toEqual([]);
      expect(await listedSource(admin.api, source.id)).toEqual(source);
    });
  });
}
