import { listen } from '../../../server/http/listen';
import { createStripeStandIn } from '../../../server/standin/createStripeStandIn';
import { createTestClock, type TestClock } from './testClock';
import { testRedirectUri } from './testServers';

/** The stand-in alone, on a free port, with `testRedirectUri` registered and a hand-moved clock. */
export async function startStandIn(): Promise<{ url: string; clock: TestClock; close(): Promise<void> }> {
  const clock = createTestClock();
  const server = await listen(createStripeStandIn({ redirectUris: [testRedirectUri], now: clock.now }), '127.0.0.1', 0);
  return { ...server, clock };
}
