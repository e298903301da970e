import { oauthIntegrationId } from './beginAuthorization';
import { findDataSource } from './findDataSource';
import type { OperationHandler } from './OperationHandler';
import { revokeStripeAccess } from './stripeRevocation';

export const deleteDataSource: OperationHandler = async (context) => {
  const source = await findDataSource(context, context.params.dataSourceId ?? '');
  // Its grant goes with it (the table cascades).
  await context.backend.store.dataSources.delete(context.caller.accountId, source.id);
  if (source.integrationId === oauthIntegrationId) await revokeStripeAccess(context.backend, source.connection);
  return undefined;
};
