import { beginAuthorization } from './beginAuthorization';
import { findDataSource } from './findDataSource';
import type { OperationHandler } from './OperationHandler';

export const startReauthorization: OperationHandler = async (context) => {
  const source = await findDataSource(context, context.params.dataSourceId ?? '');
  return beginAuthorization(context, { integrationId: source.integrationId, dataSourceId: source.id });
};
