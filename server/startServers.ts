import type { DataSource } from '../src/api/types';
import { createBackend } from './backend/createBackend';
import { createStripeClient } from './backend/stripeClient';
import { stripeConnectionFromEnv } from './backend/stripeConnectionFromEnv';
import { listen } from './http/listen';
import { createStripeStandIn } from './standin/createStripeStandIn';
import { standInClientId, standInSecretKey } from './standin/demoCredentials';

export interface StartServersOptions {
  /**
   * The interface both servers listen on.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * The reference backend's port; 0 takes a free one.
   * @default 0
   */
  backendPort?: number;
  /**
   * The Stripe stand-in's port; 0 takes a free one.
   * @default 0
   */
  standInPort?: number;
  /**
   * The redirect URIs registered with Stripe (and the stand-in), compared exactly.
   * @default ['http://localhost:5173/admin/connections/callback', 'http://127.0.0.1:5173/admin/connections/callback'] (the demo)
   */
  redirectUris?: string[];
  /**
   * What every new session's Data Sources table starts with.
   * @default the product's table (MySQL, Push API, Google ECommerce)
   */
  seedDataSources?: DataSource[];
  /**
   * The clock of both servers, so that a test can move past an expiry.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Serves the demo's sign-in, `POST /api/v1/session { role }`, where any caller chooses their
   * role: for the demo and tests only. Without it that path is 404.
   * @default false
   */
  demoSessions?: boolean;
  /**
   * Where the backend reports what no response says (a failed revocation at Stripe).
   * @default console.warn
   */
  log?: (message: string) => void;
}

export interface StartedServers {
  /** The backend's origin; the API is under `${backendUrl}/api/v1`. */
  backendUrl: string;
  /** The stand-in's origin. */
  standInUrl: string;
  /** Stops both servers. */
  close(): Promise<void>;
}

const demoRedirectUris = ['localhost', '127.0.0.1'].map((host) => `http://${host}:5173/admin/connections/callback`);

/**
 * Starts the Stripe stand-in and the reference backend. The backend talks to the stand-in, or to
 * Stripe itself when STRIPE_CLIENT_ID and STRIPE_SECRET_KEY are set (the stand-in still runs,
 * unused, so that callers see one shape either way).
 */
export async function startServers(options: StartServersOptions = {}): Promise<StartedServers> {
  const host = options.host ?? '127.0.0.1';
  const redirectUris = options.redirectUris ?? demoRedirectUris;
  const now = options.now ?? (() => new Date());

  const standIn = await listen(createStripeStandIn({ redirectUris, now }), host, options.standInPort ?? 0);
  const stripe = stripeConnectionFromEnv(process.env) ?? {
    baseUrl: standIn.url,
    clientId: standInClientId,
    secretKey: standInSecretKey,
  };
  const backend = await listen(
    createBackend({
      stripe: createStripeClient(stripe),
      redirectUris,
      seedDataSources: options.seedDataSources,
      now,
      demoSessions: options.demoSessions,
      log: options.log,
    }),
    host,
    options.backendPort ?? 0,
  ).catch(async (error: unknown) => {
    await standIn.close();
    throw error;
  });

  return {
    backendUrl: backend.url,
    standInUrl: standIn.url,
    close: async () => {
      await Promise.all([backend.close(), standIn.close()]);
    },
  };
}
