import { ApiError, quoted } from './ApiError';
import { beginAuthorization } from './beginAuthorization';
import type { OperationHandler } from './OperationHandler';

export const startAuthorization: OperationHandler = (context) => {
  const { integrationId = '' } = context.params;
  const integration = context.backend.integrations.find((candidate) => candidate.id === integrationId);
  if (!integration) throw new ApiError(404, 'not_found', `There is no integration ${quoted(integrationId)}.`);
  if (!integration.enabled) {
    throw new ApiError(409, 'integration_disabled', `${quoted(integration.id)} is not enabled for this account.`);
  }
  return beginAuthorization(context, { integrationId: integration.id, dataSourceId: undefined });
};
