import type { Storage } from '../storage/openStorage';
import type { TokenCipher } from '../storage/tokenCipher';
import { createAuthorizationStore, type AuthorizationStore } from './authorizationStore';
import { createDataSourceStore, type DataSourceStore } from './dataSourceStore';
import { createGrantStore, type GrantStore } from './grantStore';

/** Everything the server keeps, per account, each table behind its own small interface. */
export interface Store {
  storage: Storage;
  dataSources: DataSourceStore;
  grants: GrantStore;
  authorizations: AuthorizationStore;
  /**
   * Runs `fn` with the same store over one transaction: committed when `fn` returns, rolled back
   * when it throws. Nothing inside may use the outer store (PGlite would wait for itself).
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

export function createStore(storage: Storage, options: { cipher: TokenCipher; now: () => Date }): Store {
  return {
    storage,
    dataSources: createDataSourceStore(storage),
    grants: createGrantStore(storage, options.cipher),
    authorizations: createAuthorizationStore(storage, options.now),
    transaction: (fn) => storage.db.transaction((db) => fn(createStore({ ...storage, db }, options))),
  };
}
