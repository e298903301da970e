import type { IncomingMessage, ServerResponse } from 'node:http';
import { readTextBody } from '../../http/requestBody';
import { sendJson } from '../../http/sendJson';
import { ApiError } from '../ApiError';
import { oauthIntegrationId } from '../beginAuthorization';
import type { BackendContext } from '../OperationHandler';
import { verifyStripeSignature } from '../verifyStripeSignature';

/** Where Stripe posts events: register `<backend origin>/webhooks/stripe` as the webhook endpoint. */
export const stripeWebhookPath = '/webhooks/stripe';

/** The event Stripe sends when an account uninstalls the app or disconnects the platform. */
const deauthorizedEvent = 'account.application.deauthorized';

interface StripeEvent {
  type?: unknown;
  /** The connected account the event happened on. */
  account?: unknown;
}

/**
 * `POST /webhooks/stripe`: an event from Stripe, believed only with a valid signature (a forged
 * or replayed one is 400 and changes nothing). An uninstall marks every source of that account
 * `needs_reauthorization` for `access_revoked` and drops its tokens, which no longer work.
 * Other events are acknowledged and ignored, as Stripe asks of an endpoint (a 2xx, quickly).
 */
export async function receiveStripeEvent(
  request: IncomingMessage,
  response: ServerResponse,
  backend: BackendContext,
  signingSecret: string,
): Promise<void> {
  const payload = await readTextBody(request, 'application/json');
  const header = request.headers['stripe-signature'];
  const problem = verifyStripeSignature(
    typeof header === 'string' ? header : undefined,
    payload,
    signingSecret,
    backend.now(),
  );
  if (problem) throw new ApiError(400, 'invalid_request', `The event's signature is not valid. ${problem}`);
  let event: StripeEvent;
  try {
    event = JSON.parse(payload) as StripeEvent;
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
  sendJson(response, 200, { received: true });
}
