import { createConnectionsServer, type ConnectionsServer } from 'connections-widget/server';
import { authenticate } from './session';

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`Set ${name} for the Connections server.`);
  return value;
}

/** Made on the first request rather than at import: `next build` imports this file with no environment. */
function create(): ConnectionsServer {
  // Stripe Connect's endpoints are all on one origin; the tests point it at the local stand-in.
  const stripe = process.env.STRIPE_CONNECT_ORIGIN?.trim() || 'https://connect.stripe.com';
  return createConnectionsServer({
    basePath: '/api/connections',
    authenticate,
    stripe: {
      mode: 'connect',
      authorizeUrl: `${stripe}/oauth/authorize`,
      tokenUrl: `${stripe}/oauth/token`,
      deauthorizeUrl: `${stripe}/oauth/deauthorize`,
      clientId: required('STRIPE_CLIENT_ID'),
      secretKey: required('STRIPE_SECRET_KEY'),
    },
    redirectUris: [required('CONNECTIONS_REDIRECT_URI')],
    // PGlite in this process's memory, and so the default random token key: the data dies with
    // the process. A real host passes { kind: 'postgres', url } and a tokenKey it keeps.
    storage: { kind: 'memory' },
  });
}

// One per process, kept on globalThis: `next dev` evaluates this module again on every edit.
const slot = globalThis as typeof globalThis & { connectionsServer?: ConnectionsServer };

export function connections(): ConnectionsServer {
  slot.connectionsServer ??= create();
  return slot.connectionsServer;
}
