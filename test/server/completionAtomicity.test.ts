import { openStorage, type Caller, type Storage } from '../../server/index';
import type { SqlDatabase } from '../../server/storage/SqlDatabase';
import type { StorageOptions } from '../../server/storage/StorageOptions';
import { postgresForThisFile } from './support/throwawayPostgres';
import { consentAtStandIn } from './support/consentAtStandIn';
import { startPackagedServer, type PackagedServer } from './support/startPackagedServer';
import { testRedirectUri } from './support/testServers';

const admin: Caller = { accountId: 'acct_halfway', userId: 'user_ada', role: 'admin' };

/** `db`, except that inside a transaction the statement matching `failing` throws, as a lost connection would. */
function failingInTransactions(db: SqlDatabase, failing: RegExp): SqlDatabase {
  return {
    ...db,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          ...tx,
          query: (sql, params) =>
            failing.test(sql) ? Promise.reject(new Error('connection lost')) : tx.query(sql, params),
        }),
      ),
  };
}

let storage: Storage;
let packaged: PackagedServer;

const databaseUrl = postgresForThisFile();

/** Each database the server runs on, opened in a schema of the test's own. */
const databases: [string, () => StorageOptions][] = [
  ['PGlite', () => ({ kind: 'memory' })],
  ['PostgreSQL', () => ({ kind: 'postgres', url: databaseUrl(), schema: `halfway_${Date.now().toString(36)}` })],
];

afterEach(async () => {
  await packaged.close();
  if (storage.schema.startsWith('halfway_')) await storage.db.exec(`DROP SCHEMA ${storage.schema} CASCADE`);
  await storage.close();
});

async function completeOnce(database: () => StorageOptions, failing: RegExp) {
  storage = await openStorage(database());
  packaged = await startPackagedServer({ storage: { ...storage, db: failingInTransactions(storage.db, failing) } });
  const api = packaged.apiAs(admin, `${await packaged.serveOnNode()}/api/v1`);
  const start = await api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  const error = await api.completeAuthorization({ state, code }).catch((reason: unknown) => reason);
  return { api, error, state, code };
}

describe.each(databases)('on %s', (_name, database) => {
  it.each([
    ['its grant', /INSERT INTO \S+\.grants/],
    ['the state completed', /UPDATE \S+\.authorizations/],
  ])('writes nothing when the store fails at %s, halfway through a completion', async (_step, failing) => {
    const { api, error, state, code } = await completeOnce(database, failing);
    expect(error).toMatchObject({ status: 500 });
    // No source without its tokens, no state completed without its source.
    expect(await api.listDataSources({})).toEqual({ dataSources: [], nextCursor: null, total: 0 });
    const [grants] = await storage.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${storage.schema}.grants`,
    );
    expect(grants?.count).toBe(0);
    // And the state is not left answering a source that does not exist.
    const again = await api.completeAuthorization({ state, code }).catch((reason: unknown) => reason);
    expect(again).toMatchObject({ status: 409, code: 'state_used' });
  });
});
