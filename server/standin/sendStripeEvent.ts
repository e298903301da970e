import { randomToken } from '../common/randomToken';
import { stripeSignature } from '../common/stripeSignature';
import type { StandInContext } from './StandInContext';

/**
 * Posts an event to the platform's webhook endpoint as Stripe does: a JSON `event` object, signed
 * in `Stripe-Signature` (`t=<unix seconds>,v1=<HMAC-SHA256 of "t.body">`). Answers the endpoint's
 * status, or undefined when there is no endpoint yet.
 */
export async function sendStripeEvent(
  context: StandInContext,
  type: string,
  account: string,
  object: Record<string, unknown>,
): Promise<number | undefined> {
  const { url, secret } = context.webhook;
  if (url === undefined) return undefined;
  const created = Math.floor(context.now().getTime() / 1000);
  const payload = JSON.stringify({
    id: `evt_${randomToken(18)}`,
    object: 'event',
    account,
    api_version: '2025-01-27.acacia',
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Stripe-Signature': `t=${created},v1=${stripeSignature(secret, created, payload)}`,
    },
    body: payload,
    signal: AbortSignal.timeout(10_000),
  });
  return response.status;
}
