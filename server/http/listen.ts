import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type HttpBindings } from '@hono/node-server';

/**
 * A web-standard handler, as the backend and the Stripe stand-in are. The second argument is
 * what @hono/node-server passes beside the request (the Node request, its socket), for a handler
 * that wants the client's address.
 */
export type FetchHandler = (request: Request, bindings?: HttpBindings) => Response | Promise<Response>;

export interface ListeningServer {
  /** The origin, e.g. `http://127.0.0.1:43117`. */
  url: string;
  /** Stops listening and drops idle keep-alive connections, so a test run can exit. */
  close(): Promise<void>;
}

/** Serves `fetch` on `host:port` (port 0 picks a free one) through @hono/node-server. */
export function listen(fetch: FetchHandler, host: string, port: number): Promise<ListeningServer> {
  // An HTTP/1.1 server: its bindings are always HttpBindings.
  const server = createAdaptorServer({
    fetch: fetch as Parameters<typeof createAdaptorServer>[0]['fetch'],
    hostname: host,
  }) as Server;
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
