import { ApiError, logRefusal, quoted } from './ApiError';
import { oauthIntegrationId } from './beginAuthorization';
import type { BackendContext } from './OperationHandler';
import type { Store } from '../store/Store';
import { createStripeEventStore } from '../store/stripeEventStore';
import { signatureToleranceSeconds, verifyStripeSignature } from '../stripe/verifyStripeSignature';

/** Where Stripe posts events, under the server's base path: register `<origin><basePath>/webhooks/stripe`. */
export const stripeWebhookPath = '/webhooks/stripe';

/** The event Stripe sends when an account uninstalls the app or disconnects the platform. */
const deauthorizedEvent = 'account.application.deauthorized';

interface StripeEvent {
  id?: unknown;
  type?: unknown;
  /** When it happened at Stripe, in Unix seconds. */
  created?: unknown;
  /** The connected account the event happened on. */
  account?: unknown;
}

/**
 * Ends the access of every source reading `account` (any account's), as an uninstall at `created`
 * did: they need re-authorization (`access_revoked`) and their tokens, which no longer work, go.
 * A source whose grant came after the event keeps it: the account connected again since, and a
 * deauthorization of the old access (a replay, or a late retry) must not end the new one. Stripe
 * dates events in whole seconds, so a grant of the same second counts as older.
 */
async function deauthorize(store: Store, account: string, created: number | undefined): Promise<void> {
  await store.dataSources.markConnection(oauthIntegrationId, account, 'needs_reauthorization', 'access_revoked', {
    grantedBefore: created === undefined ? undefined : new Date((created + 1) * 1000),
  });
}

async function receive(
  delivery: { payload: string; signature: string | undefined },
  backend: BackendContext,
  signingSecret: string,
): Promise<{ received: true }> {
  const check = verifyStripeSignature(delivery.signature, delivery.payload, signingSecret, backend.now());
  if (check.kind === 'refused') throw new ApiError(400, 'invalid_request', `The event's signature: ${check.reason}`);
  let event: StripeEvent;
  try {
    event = JSON.parse(delivery.payload) as StripeEvent;
  } catch {
    throw new ApiError(400, 'invalid_request', 'The event is not valid JSON.');
  }
  if (event.type !== deauthorizedEvent || typeof event.account !== 'string') return { received: true };
  const { account } = event;
  const created = typeof event.created === 'number' && Number.isInteger(event.created) ? event.created : undefined;
  if (typeof event.id !== 'string') {
    await deauthorize(backend.store, account, created);
    return { received: true };
  }
  const id = event.id;
  // Recorded and acted on in one transaction: a failure leaves it unrecorded, for Stripe's retry.
  await backend.store.transaction(async (store) => {
    const first = await createStripeEventStore(store.storage).claim(
      id,
      new Date(check.signedAt * 1000),
      backend.now(),
      signatureToleranceSeconds,
    );
    if (!first) {
      backend.log(`Stripe event ${quoted(id)} was received again: ignored.`);
      return;
    }
    await deauthorize(store, account, created);
  });
  return { received: true };
}

/**
 * `POST <basePath>/webhooks/stripe`: an event from Stripe, believed only with a valid signature
 * (a forged one, or one signed more than five minutes ago, is 400 and changes nothing). An
 * uninstall marks the sources of that account `needs_reauthorization` for `access_revoked` and
 * drops their tokens, which no longer work; each event is processed once (its id is kept while
 * its signature could be accepted again), and one older than a source's grant leaves that source
 * alone. Other events are acknowledged and ignored, as Stripe asks of an endpoint (a 2xx,
 * quickly). A refusal answers its code's fixed message; why goes to the log.
 */
export async function receiveStripeEvent(
  delivery: { payload: string; signature: string | undefined },
  backend: BackendContext,
  signingSecret: string,
): Promise<{ received: true }> {
  try {
    return await receive(delivery, backend, signingSecret);
  } catch (error) {
    logRefusal(backend.log, error);
    throw error;
  }
}
