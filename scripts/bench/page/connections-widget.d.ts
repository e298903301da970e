/**
 * Types for the package names the bench page imports. Vite bundles those names from the built
 * files in dist/ (see benchPageConfig.ts), but `tsc --noEmit` runs before any build, when dist/
 * may not exist: so the types are taken from the sources that dist's declarations are emitted from.
 * An ambient module may not import a relative path, hence the `import()` types.
 */
declare module 'connections-widget' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  type Package = typeof import('../../../src/index.ts');
  export const ConnectionsProvider: Package['ConnectionsProvider'];
  export const DataSourcesTable: Package['DataSourcesTable'];
  export const ConnectionsApiError: Package['ConnectionsApiError'];
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  export type DataSource = import('../../../src/index.ts').DataSource;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  export type ConnectionsApi = import('../../../src/index.ts').ConnectionsApi;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  export type RequestOptions = import('../../../src/index.ts').RequestOptions;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  export type ConnectionsApiErrorKind = import('../../../src/index.ts').ConnectionsApiErrorKind;
}

declare module 'connections-widget/testing' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  type Testing = typeof import('../../../src/testing/index.ts');
  export const createMemoryConnectionsApi: Testing['createMemoryConnectionsApi'];
}
