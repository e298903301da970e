import type { ConnectionsApi, RequestOptions } from '../api/ConnectionsApi';
import { ConnectionsApiError } from '../api/ConnectionsApiError';
import type { AuthorizationStart, DataSource, Integration } from '../api/types';
import type { Role } from '../context/Role';
import { catalogIntegrations, productDataSources } from './fixtures';
import { pageDataSources } from './pageDataSources';

export interface MemoryConnectionsApiOptions {
  /**
   * The data sources it starts with.
   * @default the product's own table (MySQL, Push API, Google ECommerce)
   */
  dataSources?: readonly DataSource[];
  /**
   * The catalog.
   * @default the product's catalog
   */
  integrations?: readonly Integration[];
  /**
   * How long each call takes, in milliseconds; `Infinity` never answers (for loading states).
   * @default 0
   */
  latencyMs?: number;
  /** Calls that fail, and with what. Change them later with `setFailure`. */
  failures?: Partial<Record<MemoryApiMethod, ConnectionsApiError>>;
  /**
   * The clock, for expiry.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * The role of the signed-in user; as at the reference backend, every call of a non-admin
   * fails with `forbidden` (403).
   * @default 'admin'
   */
  role?: Role;
  /**
   * The redirect URIs registered with the provider; any other fails with
   * `redirect_uri_not_allowed` (400). Compared exactly, as Stripe does.
   * @default any absolute URL is accepted
   */
  registeredRedirectUris?: readonly string[];
  /**
   * The simulated provider's authorization page. Without it the authorization URL is the
   * redirect URI itself, carrying a code and the state (the provider consents at once and the
   * widget returns in-app); with it the URL points there, carrying `state` and `redirect_uri`,
   * e.g. to show what the widget does with a host it does not allow.
   * @default the redirect URI
   */
  providerUrl?: string;
}

export type MemoryApiMethod = keyof ConnectionsApi;

/** The in-memory API, plus the knobs a story or a test needs. */
export interface MemoryConnectionsApi extends ConnectionsApi {
  /** Makes `method` fail with `error` from now on, or succeed again with `null`. */
  setFailure(method: MemoryApiMethod, error: ConnectionsApiError | null): void;
  /** A copy of the data sources as they are now. */
  snapshot(): DataSource[];
}

interface PendingAuthorization {
  integrationId: string;
  dataSourceId: string | undefined;
  code: string;
  expiresAt: number;
  /**
   * Open until the first completion; then what it answered, which a repeat with the same code
   * (a retry, or a request whose answer was lost) gets again, or refused for good.
   */
  outcome: { kind: 'open' } | { kind: 'completed'; dataSource: DataSource } | { kind: 'refused' };
}

/** How long a started authorization stays valid, as the reference backend does. */
const authorizationLifetimeMs = 10 * 60 * 1000;

function randomToken(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...values))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fail(
  kind: ConstructorParameters<typeof ConnectionsApiError>[0],
  status: number,
  code: string,
  message: string,
): never {
  throw new ConnectionsApiError(kind, message, { status, code });
}

/**
 * A faithful in-memory `ConnectionsApi` for Storybook and for host apps' own tests. It keeps
 * the reference backend's rules (expiring `state`, completed once: the same code again gets the
 * same source, anything else `state_used`; disabled integrations refused; re-authorization
 * updates the same source) and simulates the provider: the authorization URL it answers is the
 * `redirectUri` itself, carrying a code and the state, so the widget returns to its callback
 * without leaving the page.
 */
export function createMemoryConnectionsApi(options: MemoryConnectionsApiOptions = {}): MemoryConnectionsApi {
  const now = options.now ?? (() => new Date());
  const role = options.role ?? 'admin';
  const latencyMs = options.latencyMs ?? 0;
  const integrations = structuredClone([...(options.integrations ?? catalogIntegrations)]) as Integration[];
  let dataSources = structuredClone([...(options.dataSources ?? productDataSources)]) as DataSource[];
  const failures = new Map<MemoryApiMethod, ConnectionsApiError>(
    Object.entries(options.failures ?? {}) as [MemoryApiMethod, ConnectionsApiError][],
  );
  const pending = new Map<string, PendingAuthorization>();

  async function call<T>(
    method: MemoryApiMethod,
    requestOptions: RequestOptions | undefined,
    run: () => T,
  ): Promise<T> {
    await delay(latencyMs, requestOptions?.signal);
    const failure = failures.get(method);
    if (failure) throw failure;
    if (role !== 'admin') fail('forbidden', 403, 'forbidden', 'Only an administrator may manage connections.');
    // Copies, so a caller mutating a result cannot change the store.
    return structuredClone(run());
  }

  function start(integrationId: string, dataSourceId: string | undefined, redirectUri: string): AuthorizationStart {
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      fail('bad_request', 400, 'invalid_request', 'redirectUri must be an absolute URL.');
    }
    if (options.registeredRedirectUris && !options.registeredRedirectUris.includes(redirectUri)) {
      fail('bad_request', 400, 'redirect_uri_not_allowed', `${redirectUri} is not a registered redirect URI.`);
    }
    const state = randomToken(32);
    const code = `ac_${randomToken(18)}`;
    const expiresAt = now().getTime() + authorizationLifetimeMs;
    pending.set(state, { integrationId, dataSourceId, code, expiresAt, outcome: { kind: 'open' } });
    if (options.providerUrl) {
      target = new URL(options.providerUrl);
      target.searchParams.set('redirect_uri', redirectUri);
    } else {
      target.searchParams.set('code', code);
      target.searchParams.set('scope', 'read_only');
    }
    target.searchParams.set('state', state);
    return { authorizationUrl: target.toString(), state, expiresAt: new Date(expiresAt).toISOString() };
  }

  /**
   * Creates the source an authorization connects, or updates the one it re-authorizes (clearing
   * its `statusReason`). Each connection invents its account, so a new one never finds an
   * account already connected.
   */
  function connect({ integrationId, dataSourceId }: PendingAuthorization): DataSource {
    const started = now().toISOString();
    if (dataSourceId) {
      const existing = dataSources.find((candidate) => candidate.id === dataSourceId);
      if (!existing) fail('not_found', 404, 'not_found', 'The data source was deleted meanwhile.');
      // Access granted again: whatever it needed attention for is over, as at the reference backend.
      delete existing.statusReason;
      Object.assign(existing, {
        status: 'syncing',
        lastConnectionStartedAt: started,
        lastConnectionDurationSeconds: null,
      });
      return existing;
    }
    const integration = integrations.find((candidate) => candidate.id === integrationId);
    const account = `acct_${randomToken(12).replace(/[-_]/g, 'x')}`;
    const created: DataSource = {
      id: `ds_${randomToken(12).replace(/-/g, '_')}`,
      name: integration?.name ?? integrationId,
      integrationId,
      connection: account,
      status: 'syncing',
      lastConnectionStartedAt: started,
      lastConnectionDurationSeconds: null,
    };
    dataSources = [...dataSources, created];
    return created;
  }

  return {
    listIntegrations: (requestOptions) => call('listIntegrations', requestOptions, () => integrations),

    listDataSources: (query = {}, requestOptions) =>
      call('listDataSources', requestOptions, () => pageDataSources(dataSources, query)),

    startAuthorization: ({ integrationId, redirectUri }, requestOptions) =>
      call('startAuthorization', requestOptions, () => {
        const integration = integrations.find((candidate) => candidate.id === integrationId);
        if (!integration) fail('not_found', 404, 'not_found', `No integration ${integrationId}.`);
        if (!integration.enabled) {
          fail('conflict', 409, 'integration_disabled', `${integration.name} is not enabled for this account.`);
        }
        return start(integrationId, undefined, redirectUri);
      }),

    startReauthorization: ({ dataSourceId, redirectUri }, requestOptions) =>
      call('startReauthorization', requestOptions, () => {
        const source = dataSources.find((candidate) => candidate.id === dataSourceId);
        if (!source) fail('not_found', 404, 'not_found', `No data source ${dataSourceId}.`);
        return start(source.integrationId, source.id, redirectUri);
      }),

    completeAuthorization: (completion, requestOptions) =>
      call('completeAuthorization', requestOptions, () => {
        const record = pending.get(completion.state);
        if (!record) fail('bad_request', 400, 'state_invalid', 'This authorization was not started in this session.');
        const { outcome } = record;
        if (outcome.kind === 'completed' && 'code' in completion && completion.code === record.code)
          return outcome.dataSource;
        if (outcome.kind !== 'open') fail('conflict', 409, 'state_used', 'This authorization was already completed.');
        // Refused for good unless it connects below. The simulated provider never fails, so there
        // is no exchange to retry (the backend's provider_error).
        record.outcome = { kind: 'refused' };
        if (record.expiresAt <= now().getTime())
          fail('bad_request', 400, 'state_expired', 'This authorization expired.');
        if ('error' in completion) {
          fail('bad_request', 400, 'access_denied', completion.errorDescription ?? 'The user denied access.');
        }
        if (completion.code !== record.code)
          fail('bad_request', 400, 'code_invalid', 'The authorization code is not valid.');
        const dataSource = connect(record);
        record.outcome = { kind: 'completed', dataSource: structuredClone(dataSource) };
        return dataSource;
      }),

    deleteDataSource: ({ dataSourceId }, requestOptions) =>
      call('deleteDataSource', requestOptions, () => {
        if (!dataSources.some((candidate) => candidate.id === dataSourceId)) {
          fail('not_found', 404, 'not_found', `No data source ${dataSourceId}.`);
        }
        dataSources = dataSources.filter((candidate) => candidate.id !== dataSourceId);
      }),

    setFailure(method, error) {
      if (error) failures.set(method, error);
      else failures.delete(method);
    },

    snapshot: () => structuredClone(dataSources),
  };
}

/** Waits `ms`, rejecting with an `aborted` error as soon as the signal aborts. */
function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new ConnectionsApiError('aborted', 'The request was aborted.');
    if (signal?.aborted) return reject(aborted());
    const timer = Number.isFinite(ms)
      ? setTimeout(() => {
          signal?.removeEventListener('abort', abort);
          resolve();
        }, ms)
      : undefined;
    function abort() {
      clearTimeout(timer);
      reject(aborted());
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
