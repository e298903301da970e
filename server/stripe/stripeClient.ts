import type { StripeConnection, StripeMode } from './StripeConnection';

/** What Stripe grants the platform for a connected account. Kept server-side only. */
export interface StripeGrant {
  stripeUserId: string;
  accessToken: string;
  refreshToken: string;
  scope: string;
  /** When the access token expires; null for Connect's tokens, which do not. */
  expiresAt: Date | null;
}

export type TokenAnswer =
  | { kind: 'granted'; grant: StripeGrant }
  /** Stripe refused the code or refresh token: unknown, expired, revoked or already used. */
  | { kind: 'invalid_grant'; description: string }
  /** Stripe could not be reached, refused us, or answered something unexpected. */
  | { kind: 'failed'; reason: string };

export type Deauthorization = { kind: 'deauthorized' } | { kind: 'failed'; reason: string };

export interface StripeClient {
  mode: StripeMode;
  /** The scope a grant must carry: `read_only` in Connect, `stripe_apps` for an app's install. */
  requiredScope: string;
  /** The authorize URL (or install link) the browser is sent to, in Stripe's documented parameter order. */
  authorizationUrl(input: { state: string; redirectUri: string }): string;
  exchangeCode(code: string): Promise<TokenAnswer>;
  /** Trades a refresh token for new tokens; in `apps` mode the refresh token given up is spent. */
  refresh(refreshToken: string): Promise<TokenAnswer>;
  deauthorize(stripeUserId: string): Promise<Deauthorization>;
}

/** How long a call to Stripe may take before the backend gives up and answers provider_error. */
const requestTimeoutMs = 10_000;

/**
 * How long an app's access token lives when the answer does not say (`expires_in`): an hour, as
 * the stand-in has it. Refreshing early costs nothing, so a shorter real lifetime only needs this.
 */
const appsAccessTokenLifetimeMs = 60 * 60 * 1000;

interface StripeAnswer {
  status: number;
  body: Record<string, unknown>;
}

function describeFailure(answer: StripeAnswer): string {
  const { error, error_description: description } = answer.body;
  return `Stripe answered ${answer.status}${typeof error === 'string' ? ` ${error}` : ''}${typeof description === 'string' ? `: ${description}` : ''}`;
}

/** Speaks Stripe's OAuth endpoints (authorize or install link, token, deauthorize) for one platform, in either mode. */
export function createStripeClient(connection: StripeConnection, now: () => Date = () => new Date()): StripeClient {
  const { mode, clientId, secretKey } = connection;
  // Stripe authenticates the platform by its secret key as the HTTP basic user name.
  const authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;

  async function post(url: string, form: Record<string, string>): Promise<StripeAnswer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const body: unknown = await response.json().catch(() => undefined);
    return {
      status: response.status,
      body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {},
    };
  }

  async function requestTokens(form: Record<string, string>): Promise<TokenAnswer> {
    let answer: StripeAnswer;
    try {
      answer = await post(connection.tokenUrl, form);
    } catch (error) {
      return { kind: 'failed', reason: `Stripe could not be reached: ${String(error)}` };
    }
    const { body } = answer;
    if (answer.status === 400 && body.error === 'invalid_grant') {
      return { kind: 'invalid_grant', description: String(body.error_description ?? 'The grant is not valid.') };
    }
    const { stripe_user_id: stripeUserId, access_token: accessToken, refresh_token: refreshToken, scope } = body;
    if (
      answer.status !== 200 ||
      typeof stripeUserId !== 'string' ||
      typeof accessToken !== 'string' ||
      typeof refreshToken !== 'string' ||
      typeof scope !== 'string'
    ) {
      return { kind: 'failed', reason: describeFailure(answer) };
    }
    const lifetimeMs = typeof body.expires_in === 'number' ? body.expires_in * 1000 : appsAccessTokenLifetimeMs;
    const expiresAt = mode === 'apps' ? new Date(now().getTime() + lifetimeMs) : null;
    return { kind: 'granted', grant: { stripeUserId, accessToken, refreshToken, scope, expiresAt } };
  }

  return {
    mode,
    requiredScope: mode === 'apps' ? 'stripe_apps' : 'read_only',

    authorizationUrl({ state, redirectUri }) {
      const query =
        mode === 'apps'
          ? new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, state })
          : new URLSearchParams({
              response_type: 'code',
              client_id: clientId,
              scope: 'read_only',
              state,
              redirect_uri: redirectUri,
              stripe_landing: 'login',
            });
      return `${connection.authorizeUrl}?${query}`;
    },

    exchangeCode: (code) => requestTokens({ grant_type: 'authorization_code', code }),

    refresh: (refreshToken) => requestTokens({ grant_type: 'refresh_token', refresh_token: refreshToken }),

    async deauthorize(stripeUserId) {
      try {
        const answer = await post(connection.deauthorizeUrl, { client_id: clientId, stripe_user_id: stripeUserId });
        if (answer.status === 200 && answer.body.stripe_user_id === stripeUserId) return { kind: 'deauthorized' };
        return { kind: 'failed', reason: describeFailure(answer) };
      } catch (error) {
        return { kind: 'failed', reason: `Stripe could not be reached: ${String(error)}` };
      }
    },
  };
}
