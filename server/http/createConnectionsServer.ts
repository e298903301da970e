import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Integration } from '../../src/api/types';
import type { Authenticate } from '../operations/Caller';
import type { BackendContext } from '../operations/OperationHandler';
import { createPageCursors } from '../operations/pageCursor';
import { receiveStripeEvent, stripeWebhookPath } from '../operations/receiveStripeEvent';
import { createTokenRefresher } from '../operations/tokenRefresher';
import { openStorage, type Storage } from '../storage/openStorage';
import type { StorageOptions } from '../storage/StorageOptions';
import { createTokenCipher } from '../storage/tokenCipher';
import type { GrantKey } from '../store/grantStore';
import { createStore } from '../store/Store';
import { createStripeClient, type StripeClient } from '../stripe/stripeClient';
import type { StripeConnection } from '../stripe/StripeConnection';
import { answerError } from './answerError';
import { apiBasePath } from './contractOperations';
import { contractRoutes } from './contractRoutes';
import { errorResponse, jsonResponse } from './jsonResponse';
import { productCatalog } from '../../src/api/productCatalog';
import { limitRequestBody } from './limitRequestBody';
import { readTextBody } from './readJsonBody';

export interface ConnectionsServerOptions {
  /**
   * The platform's Stripe: where it is and who the platform is there (`stripeConnectionFromEnv`
   * reads it from STRIPE_CLIENT_ID, STRIPE_SECRET_KEY and STRIPE_MODE), or a client that speaks to it.
   */
  stripe: StripeConnection | StripeClient;
  /**
   * Who is asking, on every request: the host's own sign-in. The server has none of its own.
   * Answer undefined for nobody (401); only an `admin` may manage connections (403 otherwise).
   */
  authenticate: Authenticate;
  /** The redirect URIs registered with Stripe, compared exactly; a start with any other is refused. */
  redirectUris: readonly string[];
  /**
   * Where the server answers on its origin: the contract's operations, and Stripe's webhook at
   * `${basePath}/webhooks/stripe`. The widget's `createHttpConnectionsApi({ baseUrl })` is the same path.
   * @default '/api/v1'
   */
  basePath?: string;
  /**
   * Where the data lives: options to open it with (the server closes it), or storage the host
   * opened with `openStorage` (the host closes it).
   * @default { kind: 'memory' } (a fresh schema in this process's in-memory PGlite)
   */
  storage?: StorageOptions | Storage;
  /**
   * The AES-256 key sealing Stripe's tokens at rest (32 bytes), which also signs page cursors. To
   * rotate it, pass `tokenKeys` instead (not both).
   * @default a random key, which suits only data that dies with the process
   */
  tokenKey?: Buffer;
  /**
   * The token keys, newest first (32 bytes each), for a rotation: the newest seals Stripe's
   * tokens and signs page cursors; the older ones still open the tokens (and read the cursors)
   * sealed under them, and the token refresh (`refreshDueTokens`) seals those again under the
   * newest, after which an older key may go. A source whose tokens no key opens is marked
   * `needs_reauthorization` (`token_unreadable`) and its grant dropped. Not with `tokenKey`.
   * @default [tokenKey]
   */
  tokenKeys?: readonly Buffer[];
  /**
   * The signing secret of the Stripe webhook endpoint (`whsec_…`); with it, `POST
   * ${basePath}/webhooks/stripe` receives Stripe's events. Without it that path is 404.
   */
  webhookSecret?: string;
  /**
   * The catalog `GET /integrations` answers.
   * @default the product's catalog (Stripe, the other SaaS integrations, databases, file upload)
   */
  integrations?: readonly Integration[];
  /**
   * Origins of other sites allowed to call the API with the user's credentials (CORS). The widget
   * served from the API's own origin needs none.
   * @default [] (no cross-origin access)
   */
  allowedOrigins?: readonly string[];
  /**
   * The clock (state expiry, sync start times, token expiry, webhook tolerance).
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Where problems that no response reports go (a failed revocation, an unexpected error).
   * @default console.warn
   */
  log?: (message: string) => void;
}

/** A mounted Connections server: a web-standard handler, and what runs beside the requests. */
export interface ConnectionsServer {
  /** Answers one request: the whole contract under `basePath`, and Stripe's webhook. */
  fetch(request: Request): Promise<Response>;
  /** Settles once the storage is open and its tables made; a problem there rejects it (and every request). */
  ready: Promise<void>;
  /** Refreshes every access token that expires within five minutes (see `startTokenRefresh`). */
  refreshDueTokens(): Promise<void>;
  /** A valid access token for the source's grant, refreshed first if it is about to expire: what a sync asks before it calls Stripe. */
  accessToken(key: GrantKey): Promise<string | undefined>;
  /** Lets go of the storage the server opened (storage the host passed stays open). */
  close(): Promise<void>;
}

function isStorage(storage: StorageOptions | Storage): storage is Storage {
  return 'db' in storage;
}

/**
 * The Connections server a host mounts: openapi.json's operations under `basePath` (routes,
 * parameters and bodies read from and checked against the document), each for the caller the
 * host's `authenticate` names, and Stripe's webhook. Its data lives in a database (see
 * StorageOptions), so a restart loses nothing. Nothing here runs on a timer: the token refresh
 * (`startTokenRefresh`) runs beside it.
 */
export function createConnectionsServer(options: ConnectionsServerOptions): ConnectionsServer {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  if (options.tokenKey && options.tokenKeys) throw new Error('Pass tokenKey or tokenKeys, not both.');
  const tokenKeys = options.tokenKeys ?? [options.tokenKey ?? randomBytes(32)];
  const storageOption = options.storage ?? { kind: 'memory' };
  const opened: Promise<{ storage: Storage; owned: boolean }> = isStorage(storageOption)
    ? Promise.resolve({ storage: storageOption, owned: false })
    : openStorage(storageOption).then((storage) => ({ storage, owned: true }));
  const context: Promise<BackendContext> = opened.then(({ storage }) => ({
    stripe: 'exchangeCode' in options.stripe ? options.stripe : createStripeClient(options.stripe, now),
    redirectUris: new Set(options.redirectUris),
    integrations: options.integrations ?? productCatalog,
    store: createStore(storage, { cipher: createTokenCipher(tokenKeys), now }),
    cursors: createPageCursors(tokenKeys),
    exchanges: new Map(),
    now,
    log,
  }));
  const tokens = context.then(createTokenRefresher);
  // A failed start is told through `ready` and every request; not an unhandled rejection here.
  tokens.catch(() => {});

  const app = new Hono().basePath(options.basePath ?? apiBasePath);
  app.use(secureHeaders({ xFrameOptions: 'DENY', crossOriginResourcePolicy: 'same-origin' }));
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  if (options.allowedOrigins?.length) {
    app.use(cors({ origin: [...options.allowedOrigins], credentials: true, maxAge: 600 }));
  }
  app.use(limitRequestBody);
  const webhookSecret = options.webhookSecret;
  if (webhookSecret) {
    app.post(stripeWebhookPath, async (c) => {
      const payload = await readTextBody(c.req.raw, 'application/json');
      const received = await receiveStripeEvent(
        { payload, signature: c.req.header('stripe-signature') },
        await context,
        webhookSecret,
      );
      return jsonResponse(200, received);
    });
  }
  app.route('/', contractRoutes({ authenticate: options.authenticate, context }));
  app.notFound((c) => errorResponse(404, 'not_found', `Nothing answers ${c.req.method} ${c.req.path}.`));
  app.onError((error) => answerError(error, log));

  const ready = context.then(() => undefined);
  // Seen by whoever awaits `ready` or sends a request; not an unhandled rejection meanwhile.
  ready.catch(() => {});

  return {
    fetch: async (request) => {
      try {
        await ready;
      } catch (error) {
        return answerError(error, log);
      }
      return app.fetch(request);
    },
    ready,
    refreshDueTokens: async () => (await tokens).refreshDue(),
    accessToken: async (key) => (await tokens).accessToken(key),
    close: async () => {
      const { storage, owned } = await opened;
      if (owned) await storage.close();
    },
  };
}
