import { Hono } from 'hono';
import type { DataSource } from '../../src/api/types';
import { answerError } from '../http/answerError';
import { apiBasePath } from '../http/contractOperations';
import { limitRequestBody } from '../http/limitRequestBody';
import {
  createConnectionsServer,
  type ConnectionsServer,
  type ConnectionsServerOptions,
} from '../http/createConnectionsServer';
import type { FetchHandler } from '../http/listen';
import { openStorage } from '../storage/openStorage';
import type { StorageOptions } from '../storage/StorageOptions';
import { startTokenRefresh } from '../workers/startTokenRefresh';
import { createDemoAuthentication, type DemoAuthenticationOptions } from './demoAuthentication';

export interface ReferenceBackendOptions extends Omit<
  ConnectionsServerOptions,
  'authenticate' | 'storage' | 'basePath'
> {
  /**
   * Where the data lives.
   * @default { kind: 'memory' }
   */
  storage?: StorageOptions;
  /**
   * Serves the demo's sign-in, `POST /api/v1/session { role }`, and takes the demo's sessions as
   * who is asking. Without it that path is 404 and nobody is signed in (a host has its own sign-in).
   * @default false
   */
  demoSessions?: boolean;
  /**
   * The data sources every new demo account starts with (the demo passes the product's table).
   * @default []
   */
  seedDataSources?: readonly DataSource[];
  /** The demo sessions' cookie, limits and lifetimes (see DemoAuthenticationOptions). */
  demoAuthentication?: Omit<DemoAuthenticationOptions, 'seedDataSources'>;
  /**
   * How often expiring access tokens are refreshed; 0 leaves it to `refreshDueTokens()` (tests).
   * @default 60_000
   */
  tokenRefreshIntervalMs?: number;
}

/** The reference backend: the packaged server, the demo's sign-in in front of it, the token refresh beside it. */
export interface ReferenceBackend extends Pick<ConnectionsServer, 'refreshDueTokens' | 'accessToken'> {
  fetch: FetchHandler;
  /** Stops the refresh and lets go of the database. */
  close(): Promise<void>;
}

/**
 * What `npm run dev` and the tests run: `createConnectionsServer` under `/api/v1` with the demo's
 * authentication (when asked for), on storage this opens and closes.
 */
export async function createReferenceBackend({
  storage: storageOptions = { kind: 'memory' },
  demoSessions = false,
  seedDataSources = [],
  tokenRefreshIntervalMs = 60_000,
  demoAuthentication = {},
  ...options
}: ReferenceBackendOptions): Promise<ReferenceBackend> {
  const storage = await openStorage(storageOptions);
  try {
    const demo = demoSessions
      ? await createDemoAuthentication(storage, { seedDataSources, now: options.now, ...demoAuthentication })
      : undefined;
    const server = createConnectionsServer({
      ...options,
      storage,
      authenticate: demo?.authenticate ?? (() => undefined),
    });
    await server.ready;
    const app = new Hono();
    app.onError((error) => answerError(error, options.log ?? ((message) => console.warn(message))));
    if (demo) {
      // The sign-in reads its body before the server's own limit would: it needs the same one.
      app.use(limitRequestBody);
      app.use(demo.refuseTossedCookies);
      app.route(apiBasePath, demo.sessionRoutes);
    }
    app.all('*', (c) => server.fetch(c.req.raw));
    const stopRefresh =
      tokenRefreshIntervalMs > 0
        ? startTokenRefresh(server, { intervalMs: tokenRefreshIntervalMs, log: options.log })
        : undefined;
    return {
      // The adapter's bindings go on: the demo's sign-in limit is per client address.
      fetch: (request, bindings) => app.fetch(request, bindings),
      refreshDueTokens: () => server.refreshDueTokens(),
      accessToken: (key) => server.accessToken(key),
      close: async () => {
        stopRefresh?.();
        await server.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
