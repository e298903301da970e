import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { DataSource } from '../../src/api/types';
import { catalogIntegrations, productDataSources } from '../../src/testing/fixtures';
import { RequestBodyError } from '../http/requestBody';
import { sendJson } from '../http/sendJson';
import { openStorage } from '../storage/openStorage';
import type { StorageOptions } from '../storage/StorageOptions';
import { createTokenCipher } from '../storage/tokenCipher';
import { ApiError } from './ApiError';
import { apiBasePath, matchOperation, type OperationId } from './contractOperations';
import type { BackendContext, OperationHandler } from './OperationHandler';
import { createPageCursors } from './pageCursor';
import { readValidJsonBody } from './readValidJsonBody';
import { completeAuthorization } from './routes/completeAuthorization';
import { deleteDataSource } from './routes/deleteDataSource';
import { listDataSources } from './routes/listDataSources';
import { listIntegrations } from './routes/listIntegrations';
import { receiveStripeEvent, stripeWebhookPath } from './routes/receiveStripeEvent';
import { demoSessionPath, signInDemoSession } from './routes/signInDemoSession';
import { startAuthorization } from './routes/startAuthorization';
import { startReauthorization } from './routes/startReauthorization';
import { readSessionCookie } from './sessionCookie';
import type { GrantKey } from './store/grantStore';
import { createStore } from './store/Store';
import type { StripeClient } from './stripeClient';
import { createTokenRefresher } from './tokenRefresher';

export interface BackendOptions {
  /** How the backend reaches Stripe (or the stand-in). */
  stripe: StripeClient;
  /** The redirect URIs registered with Stripe; a start with any other is refused. */
  redirectUris: readonly string[];
  /**
   * The data sources every new workspace starts with.
   * @default the product's table (MySQL, Push API, Google ECommerce)
   */
  seedDataSources?: readonly DataSource[];
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
  /**
   * Serves the demo's sign-in, `POST /api/v1/session { role }`, which lets any caller choose
   * their role: for the demo's Role selector and for tests only. Without it that path is 404
   * and nobody can sign in (a real backend has its own sign-in).
   * @default false
   */
  demoSessions?: boolean;
  /**
   * Where the data lives.
   * @default { kind: 'memory' } (a fresh schema in this process's in-memory PGlite)
   */
  storage?: StorageOptions;
  /**
   * The AES-256 key sealing Stripe's tokens at rest (32 bytes), which also signs page cursors.
   * @default a random key, which suits only data that dies with the process
   */
  tokenKey?: Buffer;
  /**
   * The signing secret of the Stripe webhook endpoint (`whsec_…`); with it, `POST /webhooks/stripe`
   * receives Stripe's events. Without it that path is 404.
   */
  webhookSecret?: string;
  /**
   * How often expiring access tokens are refreshed; 0 leaves it to `refreshDueTokens()` (tests).
   * @default 60_000
   */
  tokenRefreshIntervalMs?: number;
}

/** A running backend: its request listener, and what runs beside the requests. */
export interface Backend {
  listener: RequestListener;
  /** Refreshes every access token that expires within five minutes, as the timer does. */
  refreshDueTokens(): Promise<void>;
  /** A valid access token for the source's grant (see TokenRefresher): what a sync asks before it calls Stripe. */
  accessToken(key: GrantKey): Promise<string | undefined>;
  /** Stops the timer and lets go of the database. */
  close(): Promise<void>;
}

// A mapped type over openapi.json's operation ids: an operation without a handler does not compile.
const handlers: { [Id in OperationId]: OperationHandler } = {
  listIntegrations,
  listDataSources,
  startAuthorization,
  startReauthorization,
  completeAuthorization,
  deleteDataSource,
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ApiError(400, 'invalid_request', `The path segment ${segment} is not valid percent-encoding.`);
  }
}

function toApiError(error: unknown, log: (message: string) => void): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof RequestBodyError) return new ApiError(error.status, 'invalid_request', error.message);
  log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new ApiError(500, 'internal', 'Something went wrong on the server.');
}

/**
 * The reference backend: openapi.json's operations under `/api/v1` (routes, parameters and bodies
 * all read from and checked against the document), the demo's sign-in when asked for, and Stripe's
 * webhook. Its data lives in a database (see StorageOptions), so a restart loses nothing.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const tokenKey = options.tokenKey ?? randomBytes(32);
  const storage = await openStorage(options.storage ?? { kind: 'memory' });
  const store = createStore(storage, {
    cipher: createTokenCipher(tokenKey),
    seedDataSources: options.seedDataSources ?? productDataSources,
    now,
  });
  const backend: BackendContext = {
    stripe: options.stripe,
    redirectUris: new Set(options.redirectUris),
    integrations: catalogIntegrations,
    store,
    cursors: createPageCursors(tokenKey),
    exchanges: new Map(),
    now,
    log,
  };
  const tokens = createTokenRefresher(backend);
  const intervalMs = options.tokenRefreshIntervalMs ?? 60_000;
  const timer =
    intervalMs > 0
      ? setInterval(() => {
          tokens.refreshDue().catch((error: unknown) => log(`Token refresh sweep failed: ${String(error)}`));
        }, intervalMs).unref()
      : undefined;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    // Only the path and query are read, and not through `new URL`, which would take `//host/…` for an origin.
    const target = request.url ?? '/';
    const queryStart = target.indexOf('?');
    const pathname = queryStart < 0 ? target : target.slice(0, queryStart);
    const search = queryStart < 0 ? '' : target.slice(queryStart + 1);
    if (options.webhookSecret && pathname === stripeWebhookPath && method === 'POST') {
      return receiveStripeEvent(request, response, backend, options.webhookSecret);
    }
    const path = pathname.startsWith(`${apiBasePath}/`) ? pathname.slice(apiBasePath.length) : undefined;
    if (options.demoSessions && path === demoSessionPath && method === 'POST') {
      return signInDemoSession(request, response, store.sessions);
    }

    const match = path === undefined ? undefined : matchOperation(method, path);
    if (!match) throw new ApiError(404, 'not_found', `Nothing answers ${method} ${pathname}.`);
    const session = await store.sessions.find(readSessionCookie(request));
    if (!session) throw new ApiError(401, 'unauthenticated', 'Sign in first.');
    if (session.role !== 'admin') throw new ApiError(403, 'forbidden', 'Only administrators may manage connections.');

    const { operation, segments } = match;
    const params: Record<string, string> = {};
    operation.parameters.forEach(({ name, validate }, index) => {
      const value = decodeSegment(segments[index] ?? '');
      if (!validate(value)) throw new ApiError(400, 'invalid_request', `${name} is not a valid id.`);
      params[name] = value;
    });
    const body = operation.validateBody ? await readValidJsonBody(request, operation.validateBody) : undefined;
    const query = new URLSearchParams(search);
    const result = await handlers[operation.operationId]({ session, params, query, body, backend });
    if (result === undefined) {
      response.writeHead(operation.successStatus, { 'Cache-Control': 'no-store' });
      response.end();
    } else {
      sendJson(response, operation.successStatus, result);
    }
  }

  return {
    listener: (request, response) => {
      route(request, response).catch((error: unknown) => {
        const problem = toApiError(error, log);
        if (response.headersSent) {
          response.destroy();
          return;
        }
        sendJson(response, problem.status, { error: { code: problem.code, message: problem.message } });
      });
    },
    refreshDueTokens: () => tokens.refreshDue(),
    accessToken: (key) => tokens.accessToken(key),
    close: async () => {
      clearInterval(timer);
      await storage.close();
    },
  };
}
