import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A web-standard handler, as the server and the Stripe stand-in are. The second argument is what
 * a Node adapter (@hono/node-server) passes beside the request, for a handler that wants the
 * client's address; written from node:http's own types so that the package's declarations name
 * nothing a host need not install.
 */
export type FetchHandler = (
  request: Request,
  bindings?: { incoming: IncomingMessage; outgoing: ServerResponse },
) => Response | Promise<Response>;
