/**
 * `npm run dev`: the reference backend, the Stripe stand-in and the demo, all on 127.0.0.1.
 *
 *   tsx scripts/dev.ts                  the demo with Vite's dev server on :5173
 *   tsx scripts/dev.ts --port 5273      another port for the demo (the servers always take free ports)
 *   tsx scripts/dev.ts --preview        a production build of the demo, served by `vite preview` (e2e)
 *   tsx scripts/dev.ts --seed-reauthorization
 *                                       adds a Stripe source that needs re-authorization to the table
 *   tsx scripts/dev.ts --coop           the callback pages send Cross-Origin-Opener-Policy: same-origin
 *                                       (a popup coming back there is severed from its opener)
 *   tsx scripts/dev.ts --stripe-mode apps
 *                                       the stand-in's Stripe App install link instead of Connect OAuth
 *                                       (also STRIPE_MODE; with Stripe's credentials set, apps is the default)
 *   tsx scripts/dev.ts --in-memory      keeps nothing: no data folder (the e2e tests' servers)
 *
 * The backend keeps its data in `.data/` (a PGlite, and the key sealing Stripe's tokens, made on
 * first run), so a restart finds the demo's sources again; DATABASE_URL points it at PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { build, createServer, preview, type InlineConfig } from 'vite';
import { contentSecurityPolicy, devServerContentSecurityPolicy } from '../server/common/contentSecurityPolicy';
import { startServers } from '../server/demo/startServers';
import { serverConfigFromEnv } from '../server/demo/serverConfigFromEnv';
import { productDataSources } from '../src/testing/fixtures';
import { twoWidgetsCallbackPaths } from '../demo/twoWidgetsPaths';
import { callbackOpenerPolicy } from './callbackOpenerPolicy';
import { staleStripeSource } from './staleStripeSource';

const host = '127.0.0.1';

/**
 * On every page, the callback (`?code=…&state=…`) among them: a page the browser leaves, or a
 * resource it loads, never sends the authorization code along in its Referer.
 */
const noReferrer = { 'Referrer-Policy': 'no-referrer' };

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    preview: { type: 'boolean', default: false },
    'seed-reauthorization': { type: 'boolean', default: false },
    coop: { type: 'boolean', default: false },
    'stripe-mode': { type: 'string' },
    'in-memory': { type: 'boolean', default: false },
  },
});

/** The data folder, beside package.json; one `npm run dev` at a time may use it. */
const dataDir = fileURLToPath(new URL('../.data', import.meta.url));

/**
 * What Vite's dev server may serve: the demo, the widget's source and the packages (Vite's own
 * client among them); not the rest of the repository. Left to itself it serves the whole
 * repository, the data folder with the token key and the database included.
 */
const servedFolders = ['../demo', '../src', '../node_modules'].map((folder) =>
  fileURLToPath(new URL(folder, import.meta.url)),
);
/** Never served, even inside those folders: the data folder and secrets (Vite's own list, and more). */
const deniedFiles = [
  '**/.data',
  '**/.data/**',
  'token-key',
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
];

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port wants a port number (1–65535), not "${values.port}".`);
  process.exit(2);
}

// The page may be opened as localhost or as 127.0.0.1; Stripe (and the stand-in) accept only
// redirect URIs registered beforehand, so both are.
// The Two widgets page's elements each come back to a callback of their own.
const callbackPaths = ['/admin/connections/callback', ...twoWidgetsCallbackPaths];
const redirectUris = ['localhost', host].flatMap((name) =>
  callbackPaths.map((path) => `http://${name}:${port}${path}`),
);

const configured = await serverConfigFromEnv(process.env, {
  stripeModeFlag: values['stripe-mode'],
  dataDir: values['in-memory'] ? undefined : dataDir,
});

const servers = await startServers({
  host,
  backendPort: 0,
  standInPort: 0,
  redirectUris,
  // The demo's Role selector signs in through the backend's demo-only session endpoint.
  demoSessions: true,
  stripeMode: configured.stripeMode,
  storage: configured.storage,
  tokenKeys: configured.tokenKeys,
  // Each new demo account starts from the product's table.
  seedDataSources: values['seed-reauthorization']
    ? [...productDataSources, staleStripeSource]
    : [...productDataSources],
});

let outDir: string | undefined;
let closeDemo: (() => Promise<void>) | undefined;
let shuttingDown = false;

async function shutDown(exitCode: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await Promise.allSettled([closeDemo?.(), servers.close()]);
    if (outDir) await rm(outDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

process.once('SIGINT', () => void shutDown(0));
process.once('SIGTERM', () => void shutDown(0));

try {
  const proxy = { '/api': { target: servers.backendUrl } };
  const config: InlineConfig = {
    configFile: false,
    root: fileURLToPath(new URL('../demo', import.meta.url)),
    plugins: [react(), ...(values.coop ? [callbackOpenerPolicy()] : [])],
    define: { 'import.meta.env.VITE_STAND_IN_HOST': JSON.stringify(new URL(servers.standInUrl).host) },
    // No CORS: Vite's default answers any page on localhost, whatever its port, which could then
    // read the demo's modules (with the repository's absolute path) and whatever else it serves.
    server: {
      host,
      port,
      strictPort: true,
      proxy,
      cors: false,
      fs: { strict: true, allow: servedFolders, deny: deniedFiles },
    },
    // Named here, not left to default to server.headers: a production build needs no exception.
    preview: {
      host,
      port,
      strictPort: true,
      proxy,
      cors: false,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(), ...noReferrer },
    },
    // Found up front rather than on first import: a late discovery makes Vite reload the page,
    // which would throw away a half-finished flow (or a test's clicks).
    optimizeDeps: {
      include: [
        'react',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'react-dom/client',
        'react-router',
        '@tanstack/react-query',
      ],
    },
    logLevel: 'warn',
    clearScreen: false,
  };

  if (values.preview) {
    outDir = await mkdtemp(path.join(tmpdir(), 'connections-demo-'));
    await build({ ...config, build: { outDir, emptyOutDir: true } });
    const server = await preview({ ...config, build: { outDir } });
    closeDemo = () => server.close();
  } else {
    // One nonce per dev server rather than per response (Vite writes a fixed one into every
    // page): enough for a server on 127.0.0.1 that only a developer's browser talks to.
    const nonce = randomBytes(16).toString('base64');
    const server = await createServer({
      ...config,
      html: { cspNonce: nonce },
      server: {
        ...config.server,
        headers: { 'Content-Security-Policy': devServerContentSecurityPolicy({ nonce, port }), ...noReferrer },
      },
    });
    closeDemo = () => server.close();
    await server.listen();
  }
} catch (error) {
  console.error(error);
  await shutDown(1);
}

console.log(`http://localhost:${port}/`);
console.log(
  configured.stripeMode === 'apps'
    ? `Stripe stand-in at ${servers.standInUrl}, Stripe Apps mode: its install page asks for no sign-in. Data: ${configured.description}. Ctrl+C stops everything.`
    : `Demo Stripe sign-in (the local stand-in at ${servers.standInUrl}): admin@example.com / stripe-demo. Data: ${configured.description}. Ctrl+C stops everything.`,
);
