import { ApiError } from './ApiError';
import { oauthIntegrationId } from './beginAuthorization';
import type { BackendContext } from './OperationHandler';
import { verifyStripeSignature } from '../stripe/verifyStripeSignature';

/** Where Stripe posts events, under the server's base path: register `<origin><basePath>/webhooks/stripe`. */
export const stripeWebhookPath = '/webhooks/stripe';

/** The event Stripe sends when an account uninstalls the app or disconnects the platform. */
const deauthorizedEvent = 'account.application.deauthorized';

interface StripeEvent {
  type?: unknown;
  /** The connected account the event happened on. */
  account?: unknown;
}

/**
 * `POST <basePath>/webhooks/stripe`: an event from Stripe, believed only with a valid signature
 * (a forged or replayed one is 400 and changes nothing). An uninstall marks every source of that
 * account `needs_reauthorization` for `access_revoked` and drops its tokens, which no longer
 * work. Other events are acknowledged and ignored, as Stripe asks of an endpoint (a 2xx, quickly).
 */
export async function receiveStripeEvent(
  delivery: { payload: string; signature: string | undefined },
  backend: BackendContext,
  signingSecret: string,
): Promise<{ received: true }> {
  const problem = verifyStripeSignature(delivery.signature, delivery.payload, signingSecret, backend.now());
  if (problem) throw new ApiError(400, 'invalid_request', `The event's signature is not valid. ${problem}`);
  let event: StripeEvent;
  try {
    event = JSON.parse(delivery.payload) as StripeEvent;
  } catch {
    throw new ApiError(400, 'invalid_request', 'The event is not valid JSON.');
  }
  if (event.type === deauthorizedEvent && typeof event.account === 'string') {
    await backend.store.dataSources.markConnection(
      oauthIntegrationId,
      event.account,
      'needs_reauthorization',
      'access_revoked',
    );
  }
  return { received: true };
}
