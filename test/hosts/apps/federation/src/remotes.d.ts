// The remote's exposes, typed by hand: the host knows them only by their contract.
declare module 'connections_widget/ConnectionsWidget' {
  import type { ComponentType } from 'react';
  export const ConnectionsWidget: ComponentType<Record<string, unknown>>;
  export function createHttpConnectionsApi(options: { baseUrl: string }): unknown;
  export const defaultAuthorizationHosts: readonly string[];
}
