import type { DataSource } from '../../src/api/types';
import { ApiError, quoted } from './ApiError';
import type { OperationContext } from './OperationHandler';

/** The caller's data source `id`, or a 404 not_found. */
export async function findDataSource({ caller, backend }: OperationContext, id: string): Promise<DataSource> {
  const source = await backend.store.dataSources.get(caller.accountId, id);
  if (!source) throw new ApiError(404, 'not_found', `There is no data source ${quoted(id)}.`);
  return source;
}
