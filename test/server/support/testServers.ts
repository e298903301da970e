import './processDatabaseReady';
import { startServers, type StartServersOptions } from '../../../server/demo/startServers';
import { productDataSources } from '../../../src/testing/fixtures';
import { signedInClient, type BackendClient } from './backendClient';
import { createTestClock, type TestClock } from './testClock';

/** The redirect URI the test servers register: the widget's callback route on a host app. */
export const testRedirectUri = 'https://app.example.test/admin/connections/callback';

export interface TestServers {
  backendUrl: string;
  standInUrl: string;
  clock: TestClock;
  /** What the backend logged. */
  logged: string[];
  /** Refreshes the access tokens about to expire (the timer is off in tests). */
  refreshDueTokens(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `startServers` on free ports, with `testRedirectUri` registered, demo sessions on, a hand-moved
 * clock, and the backend's log kept for the test to read.
 */
export async function startTestServers(options: StartServersOptions = {}): Promise<TestServers> {
  const clock = createTestClock();
  const logged: string[] = [];
  const servers = await startServers({
    redirectUris: [testRedirectUri],
    now: clock.now,
    demoSessions: true,
    log: (line) => logged.push(line),
    // The tests refresh tokens themselves (refreshDueTokens), on their own clock.
    tokenRefreshIntervalMs: 0,
    seedDataSources: [...productDataSources],
    ...options,
  });
  return { ...servers, clock, logged };
}

/** Fresh test servers and a signed-in administrator for each test of the file that calls it. */
export function setUpServersWithAdmin(options: StartServersOptions = {}): {
  servers: TestServers;
  admin: BackendClient;
} {
  const context = {} as { servers: TestServers; admin: BackendClient };
  beforeEach(async () => {
    context.servers = await startTestServers(options);
    context.admin = await signedInClient(context.servers.backendUrl);
  });
  afterEach(async () => {
    await context.servers.close();
  });
  return context;
}
