import { readFile } from 'node:fs/promises';
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypes } from '../../package/serveStatic';

export interface HostServerOptions {
  /** A path naming no file answers with this one (a single-page app's index.html). */
  fallback?: string;
  /** `/api/…` goes to this origin, read per request: the backend starts after the host's port is known. */
  apiOrigin?: () => string | undefined;
  /** Lets pages of other origins load the files as modules (a Module Federation remote). */
  cors?: boolean;
}

export interface HostServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a host's build on 127.0.0.1 as its web server would, the backend's API under its own
 * origin (so the session cookie is first-party). The files are read per request: a host built
 * after its server started (its redirect URI needs the port) is served as built.
 */
export async function serveHost(root: string, options: HostServerOptions = {}): Promise<HostServer> {
  const base = path.resolve(root) + path.sep;
  const server = createServer((request, response) => {
    const apiOrigin = options.apiOrigin?.();
    if (apiOrigin && request.url?.startsWith('/api/')) {
      proxy(request, response, apiOrigin);
      return;
    }
    void serveFile(base, request, response, options);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serveFile(base: string, request: IncomingMessage, response: ServerResponse, options: HostServerOptions) {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
  const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  // Nothing outside root, whatever the path says.
  const candidates = file.startsWith(base) ? [file] : [];
  if (options.fallback) candidates.push(path.join(base, options.fallback));
  const headers: Record<string, string> = options.cors ? { 'access-control-allow-origin': '*' } : {};
  for (const candidate of candidates) {
    try {
      const body = await readFile(candidate);
      response.writeHead(200, {
        ...headers,
        'content-type': contentTypes[path.extname(candidate)] ?? 'application/octet-stream',
      });
      response.end(body);
      return;
    } catch {
      // Not there: try the next one.
    }
  }
  response.writeHead(404, headers).end();
}

function proxy(request: IncomingMessage, response: ServerResponse, origin: string) {
  const target = new URL(request.url ?? '/', origin);
  const outgoing = forward(
    target,
    { method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  request.pipe(outgoing);
}
