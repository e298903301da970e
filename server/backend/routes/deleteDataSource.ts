import { oauthIntegrationId } from '../beginAuthorization';
import { findDataSource } from '../findDataSource';
import type { OperationHandler } from '../OperationHandler';
import { revokeStripeAccess } from '../stripeRevocation';

export const deleteDataSource: OperationHandler = async ({ session, params, backend }) => {
  const source = findDataSource(session, params.dataSourceId ?? '');
  session.dataSources = session.dataSources.filter((candidate) => candidate !== source);
  session.grants.delete(source.id);
  if (source.integrationId === oauthIntegrationId) await revokeStripeAccess(backend, source.connection);
  return undefined;
};
