import type { DataSource } from '../../src/api/types';
import { ApiError } from './ApiError';
import type { Session } from './sessions';

/** The session's data source `id`, or a 404 not_found. */
export function findDataSource(session: Session, id: string): DataSource {
  const source = session.dataSources.find((candidate) => candidate.id === id);
  if (!source) throw new ApiError(404, 'not_found', `There is no data source ${id}.`);
  return source;
}
