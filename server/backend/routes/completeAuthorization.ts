import type { AuthorizationCompletion, DataSource } from '../../../src/api/types';
import { randomToken } from '../../randomToken';
import { ApiError } from '../ApiError';
import type { OperationContext, OperationHandler } from '../OperationHandler';
import { revokeStripeAccess } from '../revokeStripeAccess';
import type { StripeGrant } from '../stripeClient';

/** Exchanges the code Stripe sent back, after checking the state (known here, unused, unexpired). */
async function exchange(context: OperationContext, code: string): Promise<StripeGrant> {
  const result = await context.backend.stripe.exchangeCode(code);
  if (result.kind === 'invalid_grant') {
    throw new ApiError(400, 'code_invalid', `Stripe refused the authorization code: ${result.description}`);
  }
  if (result.kind === 'failed') {
    context.backend.log(`Code exchange failed. ${result.reason}`);
    throw new ApiError(502, 'provider_error', 'Stripe could not complete the authorization. Try again in a moment.');
  }
  return result.grant;
}

export const completeAuthorization: OperationHandler = async (context) => {
  const { session, backend } = context;
  const completion = context.body as AuthorizationCompletion;
  const check = session.authorizations.consume(completion.state);
  if (check.kind === 'unknown') {
    throw new ApiError(400, 'state_invalid', 'This authorization was not started in this session.');
  }
  if (check.kind === 'used') throw new ApiError(409, 'state_used', 'This authorization was already completed.');
  if (check.kind === 'expired') throw new ApiError(400, 'state_expired', 'This authorization expired. Start it again.');
  if ('error' in completion) {
    const reason = completion.errorDescription ? `${completion.error}: ${completion.errorDescription}` : completion.error;
    throw new ApiError(400, 'access_denied', `Access was not granted (${reason}).`);
  }

  const grant = await exchange(context, completion.code);
  const target = check.value;
  const syncing = {
    connection: grant.stripeUserId,
    status: 'syncing',
    lastConnectionStartedAt: backend.now().toISOString(),
    lastConnectionDurationSeconds: null,
  } as const;

  if (target.dataSourceId === undefined) {
    const integration = backend.integrations.find((candidate) => candidate.id === target.integrationId);
    const dataSource: DataSource = {
      id: `ds_${randomToken(12)}`,
      name: integration?.name ?? target.integrationId,
      integrationId: target.integrationId,
      ...syncing,
    };
    session.dataSources.push(dataSource);
    session.grants.set(dataSource.id, grant);
    return { dataSource };
  }

  const dataSource = session.dataSources.find((candidate) => candidate.id === target.dataSourceId);
  if (!dataSource) {
    // Deleted while the user was at Stripe: the access just granted has nothing to serve.
    await revokeStripeAccess(session, backend, grant.stripeUserId);
    throw new ApiError(404, 'not_found', 'The data source was deleted while it was being re-authorized.');
  }
  const previous = session.grants.get(dataSource.id);
  Object.assign(dataSource, syncing);
  session.grants.set(dataSource.id, grant);
  // Re-authorized with another Stripe account: the old account's access must not linger.
  if (previous && previous.stripeUserId !== grant.stripeUserId) {
    await revokeStripeAccess(session, backend, previous.stripeUserId);
  }
  return { dataSource };
};
