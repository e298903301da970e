import './processDatabaseReady';
import {
  createReferenceBackend,
  type ReferenceBackend,
  type ReferenceBackendOptions,
} from '../../../server/demo/createReferenceBackend';
import { createStripeClient } from '../../../server/stripe/stripeClient';
import type { StripeMode } from '../../../server/stripe/StripeConnection';
import { listen } from '../../../server/http/listen';
import { standInConnection } from '../../../server/demo/standInConnection';
import type { DataSource } from '../../../src/api/types';
import { testRedirectUri } from './testServers';

export interface TestBackend {
  url: string;
  /** What the backend logged (failed revocations, failed exchanges). */
  logged: string[];
  refreshDueTokens(): Promise<void>;
  accessToken: ReferenceBackend['accessToken'];
  close(): Promise<void>;
}

/**
 * The backend alone, on a free port, talking to the Stripe at `stripeUrl` (at Stripe's paths for
 * `mode`), with demo sessions on and the token timer off; `port` starts it again where it was.
 */
export async function startBackend(
  stripeUrl: string,
  seedDataSources: readonly DataSource[],
  {
    mode = 'connect',
    port = 0,
    ...options
  }: { mode?: StripeMode; port?: number } & Partial<ReferenceBackendOptions> = {},
): Promise<TestBackend> {
  const logged: string[] = [];
  const backend = await createReferenceBackend({
    stripe: createStripeClient(standInConnection(stripeUrl, mode), options.now),
    redirectUris: [testRedirectUri],
    seedDataSources,
    demoSessions: true,
    log: (line) => logged.push(line),
    tokenRefreshIntervalMs: 0,
    ...options,
  });
  const server = await listen(backend.fetch, '127.0.0.1', port);
  return {
    url: server.url,
    logged,
    refreshDueTokens: () => backend.refreshDueTokens(),
    accessToken: (key) => backend.accessToken(key),
    close: async () => {
      await server.close();
      await backend.close();
    },
  };
}
