import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { onTestFinished } from 'vitest';

/**
 * One answer of the server, faults included. `ending` says how the body goes out:
 * - `complete`: all of it, then the answer ends (the default)
 * - `never`: the headers and the first half of the body, then nothing, ever
 * - `cut`: `Content-Length` promises the whole body, half of it goes out, then the connection closes
 * - `reset`: the headers and the first half of the body, then the socket is destroyed
 */
export interface Answer {
  status: number;
  /** With a `Transfer-Encoding` header, a complete body goes out chunked, without `Content-Length`. */
  headers?: Record<string, string>;
  body?: string;
  /** Milliseconds before anything is sent. */
  delayMs?: number;
  ending?: 'complete' | 'never' | 'cut' | 'reset';
}

/** What a route answers: the same answer every time, or one chosen per request. */
export type Route = Answer | ((request: { body: string }) => Answer);

export interface MisbehavingServer {
  /** `http://127.0.0.1:<port>`, to pass as the client's `baseUrl`. */
  url: string;
  /**
   * Sets what `METHOD /path` answers (e.g. `'GET /data-sources'`); `answers` go out in order,
   * the last one for every later request. An unknown route answers 404.
   */
  answer(route: string, ...answers: Route[]): void;
  /** Every request so far, as `METHOD /path`, in the order they arrived. */
  requests: string[];
  /** Stops listening, and cuts every open connection: connecting is refused until `up()`. */
  down(): Promise<void>;
  /** Listens again, on the same port. */
  up(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, { status, headers = {}, body = '', ending = 'complete' }: Answer): void {
  const bytes = Buffer.from(body, 'utf8');
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  if (ending === 'complete') {
    const chunked = Object.keys(headers).some((name) => name.toLowerCase() === 'transfer-encoding');
    response.writeHead(status, chunked ? headers : { 'Content-Length': String(bytes.length), ...headers });
    response.end(bytes);
  } else if (ending === 'cut') {
    response.writeHead(status, { 'Content-Length': String(bytes.length), ...headers });
    response.write(half, () => response.socket?.end());
  } else {
    // Chunked: the client cannot know how much is still to come.
    response.writeHead(status, headers);
    response.write(half, () => {
      if (ending === 'reset') response.socket?.destroy();
    });
  }
}

/**
 * An HTTP server on 127.0.0.1 whose answers the test chooses, bad ones above all. It closes at
 * the end of the test that started it, cutting every connection still open, answers that never
 * end included.
 */
export async function startMisbehavingServer(): Promise<MisbehavingServer> {
  const routes = new Map<string, Route[]>();
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((request, response) => {
    const route = `${request.method} ${new URL(request.url ?? '/', 'http://127.0.0.1').pathname}`;
    requests.push(route);
    const answers = routes.get(route);
    const chosen = answers && answers.length > 1 ? answers.shift() : answers?.[0];
    void readBody(request).then((body) => {
      const answer: Answer =
        typeof chosen === 'function'
          ? chosen({ body })
          : (chosen ?? {
              status: 404,
              body: JSON.stringify({ error: { code: 'not_found', message: `No route ${route}.` } }),
            });
      if (!answer.delayMs) return send(response, answer);
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(response, answer);
      }, answer.delayMs);
      timers.add(timer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const close = async () => {
    for (const timer of timers) clearTimeout(timer);
    // A kept-alive connection would still reach the server, and close() waits for every one.
    for (const socket of sockets) socket.destroy();
    if (server.listening)
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  };

  await listen(0);
  const { port } = server.address() as AddressInfo;
  onTestFinished(close);

  return {
    url: `http://127.0.0.1:${port}`,
    answer(route, ...answers) {
      if (answers.length === 0) throw new Error(`No answer for ${route}.`);
      routes.set(route, answers);
    },
    requests,
    down: close,
    up: () => listen(port),
  };
}
