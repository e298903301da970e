/**
 * Runs the reference backend and the Stripe stand-in.
 *
 *   tsx server/main.ts [--host 127.0.0.1] [--backend-port 8787] [--stand-in-port 8788]
 *                      [--redirect-uri http://localhost:5173/admin/connections/callback ...]
 *                      [--demo-sessions] [--stripe-mode apps|connect] [--data-dir .data | --in-memory]
 *
 * Ports also come from BACKEND_PORT and STAND_IN_PORT; 0 (the default) takes free ones.
 * --demo-sessions serves the demo's sign-in (POST /api/v1/session { role }, any role to anyone);
 * without it nobody can sign in. The data lives in PostgreSQL when DATABASE_URL is set, otherwise
 * in a PGlite in --data-dir (.data), or in memory with --in-memory. TOKEN_ENCRYPTION_KEY seals
 * Stripe's tokens (required with NODE_ENV=production or DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { stripeConnectionFromEnv } from '../stripe/stripeConnectionFromEnv';
import { standInAccount, standInClientId } from '../standin/demoCredentials';
import { startServers } from './startServers';
import { serverConfigFromEnv } from '../serverConfigFromEnv';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    'backend-port': { type: 'string', default: process.env.BACKEND_PORT ?? '0' },
    'stand-in-port': { type: 'string', default: process.env.STAND_IN_PORT ?? '0' },
    'redirect-uri': { type: 'string', multiple: true },
    'demo-sessions': { type: 'boolean', default: false },
    'stripe-mode': { type: 'string' },
    'data-dir': { type: 'string', default: '.data' },
    'in-memory': { type: 'boolean', default: false },
  },
});

function port(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`--${name} wants a port number (0–65535), not "${text}".`);
    process.exit(2);
  }
  return value;
}

const configured = await serverConfigFromEnv(process.env, {
  stripeModeFlag: values['stripe-mode'],
  dataDir: values['in-memory'] ? undefined : values['data-dir'],
});

const servers = await startServers({
  host: values.host,
  backendPort: port('backend-port', values['backend-port']),
  standInPort: port('stand-in-port', values['stand-in-port']),
  demoSessions: values['demo-sessions'],
  stripeMode: configured.stripeMode,
  storage: configured.storage,
  tokenKey: configured.tokenKey,
  ...(values['redirect-uri'] && { redirectUris: values['redirect-uri'] }),
});

const stripe = stripeConnectionFromEnv(process.env);
console.log(`Reference backend: ${servers.backendUrl}/api/v1 (data: ${configured.description})`);
console.log(
  stripe
    ? `Talking to Stripe in ${stripe.mode} mode with STRIPE_CLIENT_ID and STRIPE_SECRET_KEY.`
    : `Stripe stand-in:   ${servers.standInUrl} in ${configured.stripeMode} mode (client id ${standInClientId}; sign in as ${standInAccount.email} / ${standInAccount.password})`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void servers.close().finally(() => process.exit(0));
  });
}
