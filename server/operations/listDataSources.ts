import type { OperationHandler } from './OperationHandler';
import { readDataSourceQuery } from './readDataSourceQuery';
import { readDataSourcePage } from '../store/dataSourcePages';

/** `GET /data-sources`: one page of the caller's sources, sorted and filtered in SQL. */
export const listDataSources: OperationHandler = async ({ caller, query, backend }) => {
  const checked = readDataSourceQuery(query);
  const after = checked.cursor === undefined ? undefined : backend.cursors.read(checked, checked.cursor);
  const page = await readDataSourcePage(backend.store.storage, caller.accountId, checked, after);
  return {
    dataSources: page.dataSources,
    nextCursor: page.next === undefined ? null : backend.cursors.make(checked, page.next),
    total: page.total,
  };
};
