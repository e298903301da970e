import type { DataSource } from '../../../src/api/types';
import type { Storage } from '../../storage/openStorage';
import type { TokenCipher } from '../../storage/tokenCipher';
import { createAuthorizationStore, type AuthorizationStore } from './authorizationStore';
import { createDataSourceStore, type DataSourceStore } from './dataSourceStore';
import { createGrantStore, type GrantStore } from './grantStore';
import { createSessionStore, type SessionStore } from './sessionStore';

/** Everything the backend keeps, each table behind its own small interface. */
export interface Store {
  storage: Storage;
  sessions: SessionStore;
  dataSources: DataSourceStore;
  grants: GrantStore;
  authorizations: AuthorizationStore;
}

export function createStore(
  storage: Storage,
  options: { cipher: TokenCipher; seedDataSources: readonly DataSource[]; now: () => Date },
): Store {
  const dataSources = createDataSourceStore(storage);
  return {
    storage,
    sessions: createSessionStore(storage, { seedDataSources: options.seedDataSources, dataSources }),
    dataSources,
    grants: createGrantStore(storage, options.cipher),
    authorizations: createAuthorizationStore(storage, options.now),
  };
}
