/**
 * A Node host's server as packInstall.ts writes it beside the installed tarball: the packaged
 * server mounted in node:http with the host's own sign-in, type-checked as Node resolves
 * packages (node16 exports), and run against the installed files.
 */
/** A Connect platform at Stripe's own URLs, as both files configure it (no request reaches it). */
const connectPlatform = JSON.stringify({
  mode: 'connect',
  authorizeUrl: 'https://connect.stripe.com/oauth/authorize',
  tokenUrl: 'https://connect.stripe.com/oauth/token',
  deauthorizeUrl: 'https://connect.stripe.com/oauth/deauthorize',
  clientId: 'ca_host',
  secretKey: 'sk_test_host',
});

export const serverHostFiles: Record<string, string> = {
  'tsconfig.server.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        // The package's declarations are checked too, as a host with skipLibCheck off would.
        skipLibCheck: false,
        types: ['node'],
      },
      include: ['server-host'],
    },
    null,
    2,
  )}\n`,

  'server-host/main.ts': `import { createServer } from 'node:http';
import {
  createConnectionsServer,
  stripeConnectionFromEnv,
  toNodeHandler,
  type Caller,
  type StripeConnection,
} from 'connections-widget/server';

const stripe: StripeConnection = stripeConnectionFromEnv(process.env) ?? ${connectPlatform};

/** The host's own sign-in, whatever it is: here a header its gateway sets. */
function authenticate(request: Request): Caller | undefined {
  const user = request.headers.get('x-host-user');
  return user ? { accountId: 'acct_host', userId: user, role: 'admin' } : undefined;
}

const server = createConnectionsServer({
  stripe,
  authenticate,
  redirectUris: ['https://host.example/admin/connections/callback'],
  storage: { kind: 'memory' },
});
createServer(toNodeHandler(server)).listen(0, '127.0.0.1');
`,

  'check-server.mjs': `import { createConnectionsServer } from 'connections-widget/server';

const server = createConnectionsServer({
  stripe: ${connectPlatform},
  authenticate: (request) =>
    request.headers.get('x-host-user') ? { accountId: 'acct_host', userId: 'ada', role: 'admin' } : undefined,
  redirectUris: ['https://host.example/admin/connections/callback'],
  storage: { kind: 'memory' },
});
await server.ready;
const asAda = { headers: { 'x-host-user': 'ada' } };
const anonymous = await server.fetch(new Request('http://host.example/api/v1/data-sources'));
if (anonymous.status !== 401) throw new Error(\`without a user: \${anonymous.status}, not 401\`);
const catalog = await server.fetch(new Request('http://host.example/api/v1/integrations', asAda));
const { integrations } = await catalog.json();
if (!integrations.some((integration) => integration.id === 'stripe')) throw new Error('the catalog lacks Stripe');
const started = await server.fetch(
  new Request('http://host.example/api/v1/integrations/stripe/authorizations', {
    method: 'POST',
    headers: { ...asAda.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ redirectUri: 'https://host.example/admin/connections/callback' }),
  }),
);
const start = await started.json();
if (started.status !== 201 || !start.authorizationUrl.startsWith('https://connect.stripe.com/oauth/authorize?')) {
  throw new Error(\`starting an authorization answered \${started.status}: \${JSON.stringify(start)}\`);
}
await server.close();
`,
};

/** What the server bundles inside, or loads only when asked: a widget-only install has none of them. */
export const serverOnlyPackages = ['hono', '@hono/node-server', 'ajv', 'ajv-formats', 'pg', '@electric-sql/pglite'];
