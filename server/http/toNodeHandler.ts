import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { errorResponse } from './jsonResponse';
import type { FetchHandler } from './FetchHandler';

/**
 * The server as a Node request listener, for `http.createServer(toNodeHandler(server))` or an
 * Express or Connect app (`app.use('/connections', toNodeHandler(server))`, where the prefix is
 * taken off the path before the server sees it). Mount it before any body parser: the server
 * reads the body itself (a webhook's signature covers its raw bytes), and a body another
 * middleware already read is answered 500 with a message saying so.
 */
export function toNodeHandler(server: {
  fetch: FetchHandler;
}): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const listener = getRequestListener((request) => server.fetch(request));
  const consumed = getRequestListener(() =>
    errorResponse(
      500,
      'internal',
      'The request body was read before the Connections server saw it: mount the server before any body parser.',
    ),
  );
  return (request, response) => {
    const read = request.readableEnded && (request as { body?: unknown }).body !== undefined;
    return read ? consumed(request, response) : listener(request, response);
  };
}
