import { beginAuthorization } from '../beginAuthorization';
import { findDataSource } from '../findDataSource';
import type { OperationHandler } from '../OperationHandler';

export const startReauthorization: OperationHandler = (context) => {
  const source = findDataSource(context.session, context.params.dataSourceId ?? '');
  return beginAuthorization(context, { integrationId: source.integrationId, dataSourceId: source.id });
};
