import type { DataSource } from '../../src/api/types';
import { apiBasePath } from '../http/contractOperations';
import { createReferenceBackend } from './createReferenceBackend';
import { stripeWebhookPath } from '../operations/receiveStripeEvent';
import { createStripeClient } from '../stripe/stripeClient';
import type { StripeMode } from '../stripe/StripeConnection';
import { stripeConnectionFromEnv } from '../stripe/stripeConnectionFromEnv';
import { listen } from '../http/listen';
import { standInConnection } from './standInConnection';
import { createStripeStandIn } from '../standin/createStripeStandIn';
import { standInWebhookSecret } from '../standin/demoCredentials';
import type { WebhookEndpoint } from '../standin/StandInContext';
import type { StorageOptions } from '../storage/StorageOptions';

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
   * What every new demo account's Data Sources table starts with.
   * @default []
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
  /**
   * Which flow the backend uses with the stand-in: a Stripe App's install link, or Connect OAuth.
   * With Stripe's credentials in the environment, STRIPE_MODE chooses instead.
   * @default 'connect'
   */
  stripeMode?: StripeMode;
  /**
   * Where the backend keeps its data.
   * @default { kind: 'memory' }
   */
  storage?: StorageOptions;
  /**
   * The keys sealing Stripe's tokens at rest (32 bytes each), newest first: the newest seals, the
   * others still open what they sealed (a rotation).
   * @default one random key (fit for memory storage only)
   */
  tokenKeys?: readonly Buffer[];
  /**
   * How often the backend refreshes expiring access tokens; 0 only on `refreshDueTokens()`.
   * @default 60_000
   */
  tokenRefreshIntervalMs?: number;
}

export interface StartedServers {
  /** The backend's origin; the API is under `${backendUrl}/api/v1`. */
  backendUrl: string;
  /** The stand-in's origin. */
  standInUrl: string;
  /** Refreshes every access token about to expire, as the backend's timer does. */
  refreshDueTokens(): Promise<void>;
  /** Stops both servers and lets go of the backend's database. */
  close(): Promise<void>;
}

const demoRedirectUris = ['localhost', '127.0.0.1'].map((host) => `http://${host}:5173/admin/connections/callback`);

/**
 * Starts the Stripe stand-in and the reference backend. The backend talks to the stand-in, or to
 * Stripe itself when STRIPE_CLIENT_ID and STRIPE_SECRET_KEY are set (the stand-in still runs,
 * unused, so that callers see one shape either way). The stand-in sends its events to the
 * backend's webhook endpoint, signed with the demo secret; with Stripe itself, the endpoint's
 * secret comes from STRIPE_WEBHOOK_SECRET.
 */
export async function startServers(options: StartServersOptions = {}): Promise<StartedServers> {
  const host = options.host ?? '127.0.0.1';
  const redirectUris = options.redirectUris ?? demoRedirectUris;
  const now = options.now ?? (() => new Date());
  const webhook: WebhookEndpoint = { url: undefined, secret: standInWebhookSecret };

  const standIn = await listen(createStripeStandIn({ redirectUris, now, webhook }), host, options.standInPort ?? 0);
  const real = stripeConnectionFromEnv(process.env);
  const connection = real ?? standInConnection(standIn.url, options.stripeMode ?? 'connect');
  const started = await (async () => {
    const backend = await createReferenceBackend({
      stripe: createStripeClient(connection, now),
      redirectUris,
      seedDataSources: options.seedDataSources,
      now,
      demoSessions: options.demoSessions,
      log: options.log,
      storage: options.storage,
      tokenKeys: options.tokenKeys,
      webhookSecret: real ? process.env.STRIPE_WEBHOOK_SECRET?.trim() || undefined : webhook.secret,
      tokenRefreshIntervalMs: options.tokenRefreshIntervalMs,
    });
    const server = await listen(backend.fetch, host, options.backendPort ?? 0).catch(async (error: unknown) => {
      await backend.close();
      throw error;
    });
    return { backend, server };
  })().catch(async (error: unknown) => {
    await standIn.close();
    throw error;
  });
  webhook.url = `${started.server.url}${apiBasePath}${stripeWebhookPath}`;

  return {
    backendUrl: started.server.url,
    standInUrl: standIn.url,
    refreshDueTokens: () => started.backend.refreshDueTokens(),
    close: async () => {
      await Promise.all([started.server.close(), standIn.close()]);
      await started.backend.close();
    },
  };
}
