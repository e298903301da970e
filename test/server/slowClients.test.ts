import { connect } from 'node:net';
import { listen, type ListeningServer } from '../../server/http/listen';
import { productDataSources } from '../../src/testing/fixtures';
import { signedInClient } from './support/backendClient';
import { startBackend, type TestBackend } from './support/startBackend';
import { startStandIn, type TestStandIn } from './support/startStandIn';

/** Opens a raw connection to `url`, writes `text`, and answers what came back once the server closed it, with how long that took. */
function rawExchange(url: string, text: string, { endAfterMs }: { endAfterMs?: number } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ answer: string; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
    socket.on('error', reject);
    if (endAfterMs !== undefined) setTimeout(() => socket.destroy(), endAfterMs);
  });
}

let standIn: TestStandIn;
let backend: TestBackend;
let served: ListeningServer | undefined;
beforeEach(async () => {
  standIn = await startStandIn();
  backend = await startBackend(standIn.url, productDataSources);
});
afterEach(async () => {
  await served?.close();
  served = undefined;
  await backend.close();
  await standIn.close();
});

it('answers 408 and closes a connection whose body stops after 10 of 4,096 bytes, at the deadline', async () => {
  const readsTheBody = async (request: Request) => new Response(await request.text());
  served = await listen(readsTheBody, '127.0.0.1', 0, { requestTimeoutMs: 1000 });
  const { answer, ms } = await rawExchange(
    served.url,
    'POST /api/v1/integrations/stripe/authorizations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{"redirect',
  );
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(ms).toBeLessThan(5000);
});

it('closes a connection whose headers never end, at the deadline', async () => {
  served = await listen(() => new Response('never reached'), '127.0.0.1', 0, { headersTimeoutMs: 1000 });
  const { answer, ms } = await rawExchange(served.url, 'GET /api/v1/integrations HTTP/1.1\r\nHost: x\r\nX-Slow: ');
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(ms).toBeLessThan(5000);
});

it('logs a body the client abandoned as the client’s doing, not as an unexpected server error', async () => {
  const admin = await signedInClient(backend.url);
  const cookie = [...admin.fetch.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  await rawExchange(
    backend.url,
    `POST /api/v1/integrations/stripe/authorizations HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\na\r\n{"redirect\r\n`,
    { endAfterMs: 300 },
  );
  // The server has had time to notice the abort and log what it makes of it.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(backend.logged.filter((line) => line.startsWith('Unexpected error'))).toEqual([]);
  expect((await admin.request('GET', '/integrations')).status).toBe(200);
});
