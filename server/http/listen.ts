import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { FetchHandler } from './FetchHandler';

export type { FetchHandler } from './FetchHandler';

export interface ListeningServer {
  /** The origin, e.g. `http://127.0.0.1:43117`. */
  url: string;
  /** Stops listening and drops idle keep-alive connections, so a test run can exit. */
  close(): Promise<void>;
}

/** How long a client may take, and how many may be connected at once. */
export interface ConnectionLimits {
  /** From the connection to the last header line. @default 10_000 */
  headersTimeoutMs?: number;
  /** From the connection to the last byte of the body; past it Node answers 408 and closes. @default 30_000 */
  requestTimeoutMs?: number;
  /** Connections open at once; past it new ones are closed at once. @default 1_000 */
  maxConnections?: number;
}

/**
 * Serves `fetch` on `host:port` (port 0 picks a free one) through @hono/node-server, with
 * deadlines for a request's headers and body (a client that stops sending holds a connection
 * for seconds, not Node's five minutes) and a cap on connections.
 */
export function listen(
  fetch: FetchHandler,
  host: string,
  port: number,
  { headersTimeoutMs = 10_000, requestTimeoutMs = 30_000, maxConnections = 1_000 }: ConnectionLimits = {},
): Promise<ListeningServer> {
  // An HTTP/1.1 server: its bindings are always HttpBindings.
  const server = createAdaptorServer({
    fetch: fetch as Parameters<typeof createAdaptorServer>[0]['fetch'],
    hostname: host,
    // Node checks the deadlines every `connectionsCheckingInterval` (30 s by default): a tenth
    // of the shorter one keeps them near exact.
    serverOptions: {
      // Node refuses a headers deadline later than the whole request's.
      headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(headersTimeoutMs, requestTimeoutMs) / 10),
    },
  }) as Server;
  server.maxConnections = maxConnections;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${hostname}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
