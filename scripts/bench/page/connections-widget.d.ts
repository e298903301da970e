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
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  export type DataSource = import('../../../src/index.ts').DataSource;
}

declare module 'connections-widget/testing' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  type Testing = typeof import('../../../src/testing/index.ts');
  export const createMemoryConnectionsApi: Testing['createMemoryConnectionsApi'];
}
