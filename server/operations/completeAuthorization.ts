import type { AuthorizationCompletion, DataSource } from '../../src/api/types';
import { randomToken } from '../common/randomToken';
import { ApiError, quoted } from './ApiError';
import { oauthIntegrationId } from './beginAuthorization';
import type { OperationContext, OperationHandler } from './OperationHandler';
import { authorizationLifetimeMs, type Authorization, type AuthorizationTarget } from '../store/authorizationStore';
import type { GrantKey } from '../store/grantStore';
import type { Store } from '../store/Store';
import { hashToken } from '../store/hashToken';
import type { StripeGrant } from '../stripe/stripeClient';
import { deauthorizeStripeAccount, revokeStripeAccess } from './stripeRevocation';

/**
 * How long after an exchange a refusal of its code is taken for Stripe's revocation of what it
 * granted: as long as the state it completed is kept (an expired state stays one more lifetime).
 * Stripe forgets a used code some time after; a refusal after that may be "does not exist", which
 * revokes nothing, and must not cost a source its access.
 */
const replayedCodeWindowMs = 2 * authorizationLifetimeMs;

/**
 * A code Stripe refused that an exchange of ours used before: Stripe revoked every token issued
 * with it ("This authorization code has already been used. All tokens issued with this code have
 * been revoked."), so the source holding them, in whatever account, needs re-authorization now
 * rather than reading healthy until its tokens fail. Only a source whose grant still comes from
 * that code: one re-authorized since holds other tokens, which Stripe kept.
 */
async function releaseReplayedCode(backend: OperationContext['backend'], codeHash: string): Promise<void> {
  const since = new Date(backend.now().getTime() - replayedCodeWindowMs);
  const marked = await backend.store.dataSources.markGrantedWith(
    codeHash,
    since,
    'needs_reauthorization',
    'access_revoked',
  );
  for (const { accountId, dataSourceId } of marked) {
    backend.log(
      `An authorization code was sent again: Stripe revoked what it granted, so ${quoted(dataSourceId)} of account ${quoted(accountId)} needs re-authorization.`,
    );
  }
}

/** Exchanges the code Stripe sent back for a grant, or throws what to answer. */
async function exchange({ backend }: OperationContext, code: string): Promise<StripeGrant> {
  const result = await backend.stripe.exchangeCode(code);
  if (result.kind === 'invalid_grant') {
    await releaseReplayedCode(backend, hashToken(code));
    throw new ApiError(400, 'code_invalid', `Stripe refused the authorization code: ${quoted(result.description)}`);
  }
  if (result.kind === 'failed') {
    backend.log(`Code exchange failed. ${result.reason}`);
    throw new ApiError(502, 'provider_error');
  }
  return result.grant;
}

/**
 * Gives back a grant wider than the platform asks for. Stripe deauthorizes a whole account, not
 * one grant, so every source reading that account (in any account) loses its access with it
 * and says so.
 */
async function refuseGrant({ backend }: OperationContext, grant: StripeGrant): Promise<never> {
  await deauthorizeStripeAccount(backend, grant.stripeUserId);
  await backend.store.dataSources.markConnection(
    oauthIntegrationId,
    grant.stripeUserId,
    'needs_reauthorization',
    'access_revoked',
  );
  throw new ApiError(
    400,
    'scope_not_allowed',
    `Stripe granted ${quoted(grant.scope)}; only ${backend.stripe.requiredScope} is accepted.`,
  );
}

/** What a granted completion wrote: the source, and the Stripe account it let go of, if any. */
type Placement = { kind: 'placed'; dataSource: DataSource; released: string | undefined } | { kind: 'gone' };

/**
 * Stores `grant` for the source, with where it came from: when, and from which code (what a
 * later deauthorization event and a replay of that code are compared with).
 */
async function saveGrant(
  store: Store,
  key: GrantKey,
  grant: StripeGrant,
  origin: { grantedAt: Date; codeHash: string },
): Promise<void> {
  await store.grants.save(key, grant);
  await store.dataSources.noteGrant(key, origin);
}

/**
 * Points `source` at the grant's account with its fresh tokens (clearing any reason it needed
 * attention), releasing the account it read before.
 */
async function refresh(
  store: Store,
  { caller, backend }: OperationContext,
  source: DataSource,
  grant: StripeGrant,
  codeHash: string,
): Promise<Placement> {
  const { statusReason: _cleared, ...rest } = source;
  const updated: DataSource = {
    ...rest,
    connection: grant.stripeUserId,
    status: 'syncing',
    lastConnectionStartedAt: backend.now().toISOString(),
    lastConnectionDurationSeconds: null,
  };
  await store.dataSources.update(caller.accountId, updated);
  await saveGrant(store, { accountId: caller.accountId, dataSourceId: source.id }, grant, {
    grantedAt: backend.now(),
    codeHash,
  });
  const released = source.connection === grant.stripeUserId ? undefined : source.connection;
  return { kind: 'placed', dataSource: updated, released };
}

/** Creates or updates the source `target` names, with the grant's tokens (exchanged for the code hashed `codeHash`). */
async function place(
  store: Store,
  context: OperationContext,
  target: AuthorizationTarget,
  grant: StripeGrant,
  codeHash: string,
): Promise<Placement> {
  const { caller, backend } = context;
  if (target.dataSourceId !== undefined) {
    const source = await store.dataSources.get(caller.accountId, target.dataSourceId);
    return source ? refresh(store, context, source, grant, codeHash) : { kind: 'gone' };
  }
  // An account connected again is the same source, not a second row with the same connection.
  const sameAccount = await store.dataSources.findByConnection(
    caller.accountId,
    target.integrationId,
    grant.stripeUserId,
  );
  if (sameAccount) return refresh(store, context, sameAccount, grant, codeHash);
  const integration = backend.integrations.find((candidate) => candidate.id === target.integrationId);
  const dataSource: DataSource = {
    id: `ds_${randomToken(12)}`,
    name: integration?.name ?? target.integrationId,
    integrationId: target.integrationId,
    connection: grant.stripeUserId,
    status: 'syncing',
    lastConnectionStartedAt: backend.now().toISOString(),
    lastConnectionDurationSeconds: null,
  };
  await store.dataSources.insert(caller.accountId, [dataSource]);
  await saveGrant(store, { accountId: caller.accountId, dataSourceId: dataSource.id }, grant, {
    grantedAt: backend.now(),
    codeHash,
  });
  return { kind: 'placed', dataSource, released: undefined };
}

/**
 * Exchanges `code` and writes what it grants, all or nothing: the source, its grant and the
 * state completed in one transaction, so a store failing halfway leaves no source without its
 * tokens and no state completed without its source. Stripe is called outside the transaction.
 */
async function connect(context: OperationContext, authorization: Authorization, code: string): Promise<DataSource> {
  const { backend } = context;
  const grant = await exchange(context, code);
  if (grant.scope !== backend.stripe.requiredScope) return refuseGrant(context, grant);

  const placement = await backend.store.transaction(async (store) => {
    const placed = await place(store, context, authorization.target, grant, hashToken(code));
    if (placed.kind === 'placed') {
      await store.authorizations.advance(authorization.key, ['exchanging'], {
        step: 'completed',
        answer: placed.dataSource,
      });
    }
    return placed;
  });
  if (placement.kind === 'gone') {
    // Deleted while the user was at Stripe: the access just granted may have nothing to serve.
    await revokeStripeAccess(backend, grant.stripeUserId);
    throw new ApiError(404, 'not_found', 'The data source was deleted while it was being re-authorized.');
  }
  if (placement.released !== undefined) await revokeStripeAccess(backend, placement.released);
  return placement.dataSource;
}

/** Runs the exchange for `authorization` once, recording how it ended, and answers its source. */
async function runExchange(context: OperationContext, authorization: Authorization, code: string): Promise<DataSource> {
  try {
    return await connect(context, authorization, code);
  } catch (error) {
    const providerFailed = error instanceof ApiError && error.code === 'provider_error';
    await context.backend.store.authorizations.advance(authorization.key, ['exchanging'], {
      step: providerFailed ? 'retryable' : 'refused',
      codeHash: hashToken(code),
    });
    throw error;
  }
}

/**
 * Checks the state (this account's, started by this user, unexpired) and completes it once. Completing is idempotent
 * for the code it was first completed with, since a browser retries (Try again after a 502) or
 * repeats a request whose answer it lost: that code gets the same answer (a retry of the exchange
 * when Stripe could not be asked, until the state expires), and anything else is state_used.
 */
export const completeAuthorization: OperationHandler = async (context) => {
  const { backend } = context;
  const completion = context.body as AuthorizationCompletion;
  const authorization = await backend.store.authorizations.find(context.caller.accountId, completion.state);
  if (!authorization) throw new ApiError(400, 'state_invalid', 'The state is not one of this account.');
  // Not consumed: the user who started it may still finish it.
  if (authorization.userId !== context.caller.userId) {
    throw new ApiError(400, 'state_invalid', 'The state was started by another user of this account.');
  }
  const codeHash = 'code' in completion ? hashToken(completion.code) : undefined;
  const sameCode = codeHash !== undefined && authorization.codeHash === codeHash;

  // Checked before anything else is awaited, so a repeat arriving now finds the exchange under way.
  const underWay = backend.exchanges.get(authorization.key);
  if (underWay && underWay.codeHash === codeHash) return { dataSource: await underWay.outcome };
  if (authorization.step === 'completed' && sameCode && authorization.answer) {
    return { dataSource: authorization.answer };
  }
  // An exchange recorded as under way that no request of this process runs died with a restart:
  // the code may still be good, so it may be sent again.
  const orphaned = authorization.step === 'exchanging' && !underWay;
  const retry = (authorization.step === 'retryable' || orphaned) && sameCode;
  if (authorization.step !== 'started' && !retry) {
    throw new ApiError(409, 'state_used');
  }
  const refuse = async (error: ApiError) => {
    await backend.store.authorizations.advance(authorization.key, [authorization.step], { step: 'refused' });
    return error;
  };
  if (authorization.expired) {
    throw await refuse(new ApiError(400, 'state_expired'));
  }
  if ('error' in completion) {
    const reason = completion.errorDescription
      ? `${completion.error}: ${completion.errorDescription}`
      : completion.error;
    throw await refuse(new ApiError(400, 'access_denied', `The callback said ${quoted(reason)}.`));
  }

  // The move to `exchanging` happens once even across processes sharing the database; the loser
  // of a race answers as a repeat would.
  const outcome = (async () => {
    const moved = await backend.store.authorizations.advance(authorization.key, [authorization.step], {
      step: 'exchanging',
      codeHash: hashToken(completion.code),
    });
    if (!moved) throw new ApiError(409, 'state_used');
    return runExchange(context, authorization, completion.code);
  })();
  backend.exchanges.set(authorization.key, { codeHash: hashToken(completion.code), outcome });
  try {
    return { dataSource: await outcome };
  } finally {
    backend.exchanges.delete(authorization.key);
  }
};
