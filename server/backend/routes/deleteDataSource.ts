import { oauthIntegrationId } from '../beginAuthorization';
import { findDataSource } from '../findDataSource';
import type { OperationHandler } from '../OperationHandler';
import { revokeStripeAccess } from '../revokeStripeAccess';

export const deleteDataSource: OperationHandler = async ({ session, params, backend }) => {
  const source = findDataSource(session, params.dataSourceId ?? '');
  const grant = session.grants.get(source.id);
  session.dataSources = session.dataSources.filter((candidate) => candidate !== source);
  session.grants.delete(source.id);
  if (source.integrationId === oauthIntegrationId) {
    await revokeStripeAccess(session, backend, grant?.stripeUserId ?? source.connection);
  }
  return undefined;
};
