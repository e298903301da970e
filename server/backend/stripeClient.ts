/** What Stripe grants the platform for a connected account. Kept server-side only. */
export interface StripeGrant {
  stripeUserId: string;
  accessToken: string;
  refreshToken: string;
  scope: string;
}

export type CodeExchange =
  | { kind: 'granted'; grant: StripeGrant }
  /** Stripe refused the code: unknown, expired or already used. */
  | { kind: 'invalid_grant'; description: string }
  /** Stripe could not be reached, refused us, or answered something unexpected. */
  | { kind: 'failed'; reason: string };

export type Deauthorization = { kind: 'deauthorized' } | { kind: 'failed'; reason: string };

/** Where the platform's Stripe is and who the platform is there. */
export interface StripeConnection {
  /** `https://connect.stripe.com`, or the stand-in's origin. */
  baseUrl: string;
  clientId: string;
  secretKey: string;
}

export interface StripeClient {
  /** The authorize URL the browser is sent to, in Stripe's documented parameter order. */
  authorizationUrl(input: { state: string; redirectUri: string }): string;
  exchangeCode(code: string): Promise<CodeExchange>;
  deauthorize(stripeUserId: string): Promise<Deauthorization>;
}

/** How long a call to Stripe may take before the backend gives up and answers provider_error. */
const requestTimeoutMs = 10_000;

interface StripeAnswer {
  status: number;
  body: Record<string, unknown>;
}

function describeFailure(answer: StripeAnswer): string {
  const { error, error_description: description } = answer.body;
  return `Stripe answered ${answer.status}${typeof error === 'string' ? ` ${error}` : ''}${typeof description === 'string' ? `: ${description}` : ''}`;
}

/** Speaks Stripe Connect's OAuth endpoints (authorize, token, deauthorize) for one platform. */
export function createStripeClient({ baseUrl, clientId, secretKey }: StripeConnection): StripeClient {
  // Stripe authenticates the platform by its secret key as the HTTP basic user name.
  const authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;

  async function post(path: string, form: Record<string, string>): Promise<StripeAnswer> {
    const response = await fetch(`${baseUrl}${path}`, {
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

  return {
    authorizationUrl({ state, redirectUri }) {
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: clientId,
        scope: 'read_only',
        state,
        redirect_uri: redirectUri,
        stripe_landing: 'login',
      });
      return `${baseUrl}/oauth/authorize?${query}`;
    },

    async exchangeCode(code) {
      let answer: StripeAnswer;
      try {
        answer = await post('/oauth/token', { grant_type: 'authorization_code', code });
      } catch (error) {
        return { kind: 'failed', reason: `Stripe could not be reached: ${String(error)}` };
      }
      const { body } = answer;
      if (answer.status === 400 && body.error === 'invalid_grant') {
        return { kind: 'invalid_grant', description: String(body.error_description ?? 'The code is not valid.') };
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
      return { kind: 'granted', grant: { stripeUserId, accessToken, refreshToken, scope } };
    },

    async deauthorize(stripeUserId) {
      try {
        const answer = await post('/oauth/deauthorize', { client_id: clientId, stripe_user_id: stripeUserId });
        if (answer.status === 200 && answer.body.stripe_user_id === stripeUserId) return { kind: 'deauthorized' };
        return { kind: 'failed', reason: describeFailure(answer) };
      } catch (error) {
        return { kind: 'failed', reason: `Stripe could not be reached: ${String(error)}` };
      }
    },
  };
}
