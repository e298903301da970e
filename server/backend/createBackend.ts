import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { DataSource } from '../../src/api/types';
import { catalogIntegrations, productDataSources } from '../../src/testing/fixtures';
import { RequestBodyError } from '../http/requestBody';
import { sendJson } from '../http/sendJson';
import { ApiError } from './ApiError';
import { apiBasePath, matchOperation, type OperationId } from './contractOperations';
import type { BackendContext, OperationHandler } from './OperationHandler';
import { readValidJsonBody } from './readValidJsonBody';
import { completeAuthorization } from './routes/completeAuthorization';
import { deleteDataSource } from './routes/deleteDataSource';
import { listDataSources } from './routes/listDataSources';
import { listIntegrations } from './routes/listIntegrations';
import { demoSessionPath, signInDemoSession } from './routes/signInDemoSession';
import { startAuthorization } from './routes/startAuthorization';
import { startReauthorization } from './routes/startReauthorization';
import { readSessionCookie } from './sessionCookie';
import { createSessionStore } from './sessions';
import type { StripeClient } from './stripeClient';

export interface BackendOptions {
  /** How the backend reaches Stripe (or the stand-in). */
  stripe: StripeClient;
  /** The redirect URIs registered with Stripe; a start with any other is refused. */
  redirectUris: readonly string[];
  /**
   * The data sources every new session starts with.
   * @default the product's table (MySQL, Push API, Google ECommerce)
   */
  seedDataSources?: readonly DataSource[];
  /**
   * The clock (state expiry, sync start times).
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
 * all read from and checked against the document), plus the demo's sign-in when asked for.
 */
export function createBackend(options: BackendOptions): RequestListener {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const sessions = createSessionStore({ seedDataSources: options.seedDataSources ?? productDataSources, now });
  const backend: BackendContext = {
    stripe: options.stripe,
    redirectUris: new Set(options.redirectUris),
    integrations: catalogIntegrations,
    sessions,
    now,
    log,
  };

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    // Only the path is read, and not through `new URL`, which would take `//host/…` for an origin.
    const [pathname = '/'] = (request.url ?? '/').split('?');
    const path = pathname.startsWith(`${apiBasePath}/`) ? pathname.slice(apiBasePath.length) : undefined;
    if (options.demoSessions && path === demoSessionPath && method === 'POST') {
      return signInDemoSession(request, response, sessions);
    }

    const match = path === undefined ? undefined : matchOperation(method, path);
    if (!match) throw new ApiError(404, 'not_found', `Nothing answers ${method} ${pathname}.`);
    const session = sessions.find(readSessionCookie(request));
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
    const result = await handlers[operation.operationId]({ session, params, body, backend });
    if (result === undefined) {
      response.writeHead(operation.successStatus, { 'Cache-Control': 'no-store' });
      response.end();
    } else {
      sendJson(response, operation.successStatus, result);
    }
  }

  return (request, response) => {
    route(request, response).catch((error: unknown) => {
      const problem = toApiError(error, log);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, problem.status, { error: { code: problem.code, message: problem.message } });
    });
  };
}
