import { createBackend } from '../../../server/backend/createBackend';
import { createStripeClient } from '../../../server/backend/stripeClient';
import { listen } from '../../../server/http/listen';
import type { DataSource } from '../../../src/api/types';
import { testRedirectUri } from './testServers';

export interface TestBackend {
  url: string;
  /** What the backend logged (failed revocations, failed exchanges). */
  logged: string[];
  close(): Promise<void>;
}

/** The backend alone, on a free port, talking to the Stripe at `stripeUrl`, with demo sessions on. */
export async function startBackend(stripeUrl: string, seedDataSources: readonly DataSource[]): Promise<TestBackend> {
  const logged: string[] = [];
  const stripe = createStripeClient({ baseUrl: stripeUrl, clientId: 'ca_test', secretKey: 'sk_test_key' });
  const backend = createBackend({
    stripe,
    redirectUris: [testRedirectUri],
    seedDataSources,
    demoSessions: true,
    log: (line) => logged.push(line),
  });
  return { ...(await listen(backend, '127.0.0.1', 0)), logged };
}
