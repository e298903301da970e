import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import type { DataSource } from '../../../src/api/types';

/** Every data source the API lists, in its default order (by name), in one answer. */
export async function listAllDataSources(api: ConnectionsApi): Promise<DataSource[]> {
  return (await api.listDataSources()).dataSources;
}

/** `sources` in the backend's default order for these names: by name, case aside, then by id. */
export function byName(sources: readonly DataSource[]): DataSource[] {
  const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...sources].sort((a, b) => names.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** The listed source `id`, as it is now, or undefined once it is gone. */
export async function listedSource(api: ConnectionsApi, id: string): Promise<DataSource | undefined> {
  return (await listAllDataSources(api)).find((source) => source.id === id);
}
