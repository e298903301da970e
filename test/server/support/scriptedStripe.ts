import { listen, type FetchHandler } from '../../../server/http/listen';

/** What the scripted Stripe answers one request: a status and a raw body (JSON or not). */
export interface ScriptedAnswer {
  status: number;
  body: string;
}

/** A request the scripted Stripe received. */
export interface StripeRequest {
  path: string;
  form: URLSearchParams;
}

export interface ScriptedStripe {
  url: string;
  /** Every request received, in order. */
  requests: StripeRequest[];
  close(): Promise<void>;
}

/**
 * A Stripe whose every answer a test writes, and which records what the backend asked: for the
 * failures and the account ids the stand-in cannot produce (a 5xx, a second account, …).
 */
export async function startScriptedStripe(answer: (request: StripeRequest) => ScriptedAnswer): Promise<ScriptedStripe> {
  const requests: StripeRequest[] = [];
  const handler: FetchHandler = async (request) => {
    const url = new URL(request.url);
    const received = { path: `${url.pathname}${url.search}`, form: new URLSearchParams(await request.text()) };
    requests.push(received);
    const { status, body } = answer(received);
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { ...(await listen(handler, '127.0.0.1', 0)), requests };
}

/** The token endpoint's answer granting `stripeUserId` with `scope`, in Stripe's shape. */
export function grantAnswer(stripeUserId: string, scope = 'read_only'): ScriptedAnswer {
  return {
    status: 200,
    body: JSON.stringify({
      access_token: 'sk_test_scripted',
      refresh_token: 'rt_test_scripted',
      token_type: 'bearer',
      stripe_publishable_key: 'pk_test_scripted',
      stripe_user_id: stripeUserId,
      scope,
      livemode: false,
    }),
  };
}

/** The deauthorize endpoint's success for the account the request names. */
export function deauthorizedAnswer({ form }: StripeRequest): ScriptedAnswer {
  return { status: 200, body: JSON.stringify({ stripe_user_id: form.get('stripe_user_id') }) };
}
