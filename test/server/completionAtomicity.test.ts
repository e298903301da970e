import { openStorage, type Caller, type Storage } from '../../server/index';
import type { SqlDatabase } from '../../server/storage/SqlDatabase';
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

afterEach(async () => {
  await packaged.close();
  await storage.close();
});

async function completeOnce(failing: RegExp) {
  storage = await openStorage({ kind: 'memory' });
  packaged = await startPackagedServer({ storage: { ...storage, db: failingInTransactions(storage.db, failing) } });
  const api = packaged.apiAs(admin, `${await packaged.serveOnNode()}/api/v1`);
  const start = await api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  const error = await api.completeAuthorization({ state, code }).catch((reason: unknown) => reason);
  return { api, error, state, code };
}

it.each([
  ['its grant', /INSERT INTO \S+\.grants/],
  ['the state completed', /UPDATE \S+\.authorizations/],
])('writes nothing when the store fails at %s, halfway through a completion', async (_step, failing) => {
  const { api, error, state, code } = await completeOnce(failing);
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
