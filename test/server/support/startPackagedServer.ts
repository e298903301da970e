import './processDatabaseReady';
import {
  createConnectionsServer,
  openStorage,
  type ConnectionsServer,
  type ConnectionsServerOptions,
} from '../../../server/index';
import { createDataSourceStore } from '../../../server/store/dataSourceStore';
import type { DataSource } from '../../../src/api/types';
import { standInConnection } from '../../../server/demo/standInConnection';
import { listen, type ListeningServer } from '../../../server/http/listen';
import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import { createHttpConnectionsApi } from '../../../src/api/createHttpConnectionsApi';
import type { Caller } from '../../../server/index';
import { createValidatingFetch } from '../../support/openapi';
import { createHostSignIn, type HostSignIn } from './hostSignIn';
import { startStandIn, type TestStandIn } from './startStandIn';
import { testRedirectUri } from './testServers';

export interface PackagedServer {
  server: ConnectionsServer;
  standIn: TestStandIn;
  signIn: HostSignIn;
  /** The package's HTTP client for `caller`, against `baseUrl` (where the host mounted the server). */
  apiAs(caller: Caller, baseUrl: string): ConnectionsApi;
  /** Adds `dataSources` to `accountId`'s table, as a host's own data would already be there. */
  seed(accountId: string, dataSources: readonly DataSource[]): Promise<void>;
  /** Serves the server through @hono/node-server (as `listen` does) on a free port of 127.0.0.1 (closed with the rest); answers its origin. */
  serveOnNode(): Promise<string>;
  close(): Promise<void>;
}

/**
 * `createConnectionsServer` as a host sets it up: the package's entry, the host's own sign-in,
 * the Stripe stand-in as the platform's Stripe. The test mounts `server` where it likes.
 */
export async function startPackagedServer(options: Partial<ConnectionsServerOptions> = {}): Promise<PackagedServer> {
  const standIn = await startStandIn();
  const signIn = createHostSignIn();
  // Opened here unless the test brings its own, so that `seed` can write to it.
  const storage = options.storage ?? (await openStorage({ kind: 'memory' }));
  const server = createConnectionsServer({
    storage,
    stripe: standInConnection(standIn.url, 'connect'),
    authenticate: signIn.authenticate,
    redirectUris: [testRedirectUri],
    now: standIn.clock.now,
    log: () => {},
    ...options,
  });
  await server.ready;
  const listening: ListeningServer[] = [];
  return {
    server,
    standIn,
    signIn,
    apiAs: (caller, baseUrl) =>
      createHttpConnectionsApi({
        baseUrl,
        fetch: createValidatingFetch(signIn.fetchAs(signIn.issue(caller)), new URL(baseUrl).pathname),
      }),
    seed: async (accountId, dataSources) => {
      if (!('db' in storage)) throw new Error('seed needs the storage the harness opened');
      await createDataSourceStore(storage).insert(accountId, dataSources);
    },
    serveOnNode: async () => {
      const node = await listen((request) => server.fetch(request), '127.0.0.1', 0);
      listening.push(node);
      return node.url;
    },
    close: async () => {
      await Promise.all(listening.map((node) => node.close()));
      await server.close();
      if (!options.storage && 'db' in storage) await storage.close();
      await standIn.close();
    },
  };
}
