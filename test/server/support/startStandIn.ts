import { listen } from '../../../server/http/listen';
import { createStripeStandIn, type StandInFetch } from '../../../server/standin/createStripeStandIn';
import { createTestClock, type TestClock } from './testClock';
import { testRedirectUri } from './testServers';

export interface TestStandIn {
  url: string;
  clock: TestClock;
  /** Every request received, as `METHOD /path?query`, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** The stand-in alone, on a free port, with `testRedirectUri` registered and a hand-moved clock. */
export async function startStandIn(): Promise<TestStandIn> {
  const clock = createTestClock();
  const requests: string[] = [];
  const standIn = createStripeStandIn({ redirectUris: [testRedirectUri], now: clock.now });
  // The connection goes on with the request: the stand-in tells its clients apart by it.
  const recording: StandInFetch = (request, connection) => {
    const { pathname, search } = new URL(request.url);
    requests.push(`${request.method} ${pathname}${search}`);
    return standIn(request, connection);
  };
  const server = await listen(recording, '127.0.0.1', 0);
  return { ...server, clock, requests };
}
