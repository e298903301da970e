import type { AuthorizationCompletion, DataSource } from '../../../src/api/types';
import { randomToken } from '../../randomToken';
import { ApiError } from '../ApiError';
import type { AuthorizationTarget } from '../authorizationStates';
import type { OperationContext, OperationHandler } from '../OperationHandler';
import type { StripeGrant } from '../stripeClient';
import { deauthorizeStripeAccount, revokeStripeAccess, stripeSourcesUsing } from '../stripeRevocation';

/** The only access the platform asks for; the authorize URL says so, but the user can edit it. */
const requiredScope = 'read_only';

/** Exchanges the code Stripe sent back for a grant, or throws what to answer. */
async function exchange({ backend }: OperationContext, code: string): Promise<StripeGrant> {
  const result = await backend.stripe.exchangeCode(code);
  if (result.kind === 'invalid_grant') {
    throw new ApiError(400, 'code_invalid', `Stripe refused the authorization code: ${result.description}`);
  }
  if (result.kind === 'failed') {
    backend.log(`Code exchange failed. ${result.reason}`);
    throw new ApiError(502, 'provider_error', 'Stripe could not complete the authorization. Try again in a moment.');
  }
  return result.grant;
}

/**
 * Gives back a grant wider than read-only. Stripe deauthorizes a whole account, not one grant, so
 * every source reading that account (in any session) loses its access with it and says so.
 */
async function refuseGrant({ backend }: OperationContext, grant: StripeGrant): Promise<never> {
  await deauthorizeStripeAccount(backend, grant.stripeUserId);
  for (const { session, source } of stripeSourcesUsing(backend.sessions.all(), grant.stripeUserId)) {
    source.status = 'needs_reauthorization';
    session.grants.delete(source.id);
  }
  throw new ApiError(
    400,
    'scope_not_allowed',
    `Stripe granted ${grant.scope} access; only ${requiredScope} is accepted.`,
  );
}

/** Points `source` at the grant's account with its fresh tokens; the account it read before is let go. */
async function refresh(
  { session, backend }: OperationContext,
  source: DataSource,
  grant: StripeGrant,
): Promise<DataSource> {
  const previousAccount = source.connection;
  Object.assign(source, {
    connection: grant.stripeUserId,
    status: 'syncing',
    lastConnectionStartedAt: backend.now().toISOString(),
    lastConnectionDurationSeconds: null,
  } satisfies Partial<DataSource>);
  session.grants.set(source.id, grant);
  if (previousAccount !== grant.stripeUserId) await revokeStripeAccess(backend, previousAccount);
  return source;
}

/** Exchanges `code` and creates or updates the source `target` names. */
async function connect(context: OperationContext, target: AuthorizationTarget, code: string): Promise<DataSource> {
  const { session, backend } = context;
  const grant = await exchange(context, code);
  if (grant.scope !== requiredScope) return refuseGrant(context, grant);

  if (target.dataSourceId !== undefined) {
    const source = session.dataSources.find((candidate) => candidate.id === target.dataSourceId);
    if (source) return refresh(context, source, grant);
    // Deleted while the user was at Stripe: the access just granted may have nothing to serve.
    await revokeStripeAccess(backend, grant.stripeUserId);
    throw new ApiError(404, 'not_found', 'The data source was deleted while it was being re-authorized.');
  }

  // An account connected again is the same source, not a second row with the same connection.
  const sameAccount = session.dataSources.find(
    (candidate) => candidate.integrationId === target.integrationId && candidate.connection === grant.stripeUserId,
  );
  if (sameAccount) return refresh(context, sameAccount, grant);
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
  session.dataSources.push(dataSource);
  session.grants.set(dataSource.id, grant);
  return dataSource;
}

/**
 * Checks the state (this session's, unexpired) and completes it once. Completing is idempotent
 * for the code it was first completed with, since a browser retries (Try again after a 502) or
 * repeats a request whose answer it lost: that code gets the same answer (a retry of the exchange
 * when Stripe could not be asked, until the state expires), and anything else is state_used.
 */
export const completeAuthorization: OperationHandler = async (context) => {
  const completion = context.body as AuthorizationCompletion;
  const found = context.session.authorizations.find(completion.state);
  if (!found) throw new ApiError(400, 'state_invalid', 'This authorization was not started in this session.');
  const authorization = found.value;
  const { progress } = authorization;
  const code = 'code' in completion ? completion.code : undefined;

  if (progress.step === 'completed' && progress.code === code) return { dataSource: progress.dataSource };
  if (progress.step === 'exchanging' && progress.code === code) return { dataSource: await progress.outcome };
  const retry = progress.step === 'retryable' && progress.code === code;
  if (progress.step !== 'started' && !retry)
    throw new ApiError(409, 'state_used', 'This authorization was already used.');
  const refuse = (error: ApiError) => {
    authorization.progress = { step: 'refused' };
    return error;
  };
  if (found.expired) throw refuse(new ApiError(400, 'state_expired', 'This authorization expired. Start it again.'));
  if ('error' in completion) {
    const reason = completion.errorDescription
      ? `${completion.error}: ${completion.errorDescription}`
      : completion.error;
    throw refuse(new ApiError(400, 'access_denied', `Access was not granted (${reason}).`));
  }

  const outcome = connect(context, authorization.target, completion.code);
  authorization.progress = { step: 'exchanging', code: completion.code, outcome };
  try {
    const dataSource = await outcome;
    authorization.progress = { step: 'completed', code: completion.code, dataSource: structuredClone(dataSource) };
    return { dataSource };
  } catch (error) {
    const providerFailed = error instanceof ApiError && error.code === 'provider_error';
    authorization.progress = providerFailed ? { step: 'retryable', code: completion.code } : { step: 'refused' };
    throw error;
  }
};
