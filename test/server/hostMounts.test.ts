import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { toNodeHandler } from '../../server/index';
import type { Caller } from '../../server/index';
import { consentAtStandIn } from './support/consentAtStandIn';
import { startPackagedServer, type PackagedServer } from './support/startPackagedServer';
import { testRedirectUri } from './support/testServers';

const admin: Caller = { accountId: 'acct_host_1', userId: 'user_ada', role: 'admin' };

let packaged: PackagedServer;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  packaged = await startPackagedServer();
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await packaged.close();
});

/** Serves a Node request listener on a free port of 127.0.0.1; closed after the test. */
async function serve(listener: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The whole Stripe flow, as the widget drives it, against the server mounted at `baseUrl`. */
async function connectStripe(baseUrl: string) {
  const api = packaged.apiAs(admin, baseUrl);
  const start = await api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  const source = await api.completeAuthorization({ state, code });
  const { dataSources } = await api.listDataSources({});
  return { source, dataSources };
}

it('completes the Stripe flow mounted in plain node:http', async () => {
  const origin = await serve(toNodeHandler(packaged.server));
  const { source, dataSources } = await connectStripe(`${origin}/api/v1`);
  expect(source).toMatchObject({ integrationId: 'stripe', status: 'syncing' });
  expect(dataSources).toEqual([source]);
});

it('completes the Stripe flow in Express under a prefix, beside the host’s own routes and body parser', async () => {
  const app = express();
  app.use('/connections', toNodeHandler(packaged.server));
  app.use(express.json());
  app.post('/api/notes', (request, response) => {
    response.json({ saved: (request.body as { text?: string }).text });
  });
  const origin = await serve(app);

  const { source, dataSources } = await connectStripe(`${origin}/connections/api/v1`);
  expect(dataSources).toEqual([source]);
  // The host's own routes still get their parsed bodies; the server's 404 stays under its prefix.
  const note = await fetch(`${origin}/api/notes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: 'hello' }),
  });
  expect(await note.json()).toEqual({ saved: 'hello' });
  expect((await fetch(`${origin}/api/v1/integrations`)).status).toBe(404);
});

it('says so when a body parser mounted before it has read the body', async () => {
  const app = express();
  app.use(express.json());
  app.use('/connections', toNodeHandler(packaged.server));
  const origin = await serve(app);
  const api = packaged.apiAs(admin, `${origin}/connections/api/v1`);
  const error = await api
    .startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri })
    .catch((reason: unknown) => reason);
  expect(error).toMatchObject({ status: 500 });
  const response = await packaged.signIn.fetchAs(packaged.signIn.issue(admin))(
    `${origin}/connections/api/v1/integrations/stripe/authorizations`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ redirectUri: testRedirectUri }),
    },
  );
  expect(await response.json()).toEqual({
    error: { code: 'internal', message: expect.stringContaining('mount the server before any body parser') },
  });
});

it('answers 401 to a request the host’s authenticate does not know, and 403 to a non-administrator', async () => {
  const origin = await serve(toNodeHandler(packaged.server));
  expect((await fetch(`${origin}/api/v1/data-sources`)).status).toBe(401);
  const standard = packaged.signIn.issue({ ...admin, userId: 'user_bo', role: 'standard' });
  const answer = await packaged.signIn.fetchAs(standard)(`${origin}/api/v1/data-sources`);
  expect(answer.status).toBe(403);
  expect(await answer.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
});

it('serves under the base path the host chooses', async () => {
  await packaged.server.close();
  packaged = await startPackagedServer({ basePath: '/internal/connections' });
  const origin = await serve(toNodeHandler(packaged.server));
  const { dataSources } = await connectStripe(`${origin}/internal/connections`);
  expect(dataSources).toHaveLength(1);
  expect((await fetch(`${origin}/api/v1/integrations`)).status).toBe(404);
});
