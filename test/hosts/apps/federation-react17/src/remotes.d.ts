// The remote's expose, typed by hand: the host knows it only by its contract.
declare module 'connections_widget/ConnectionsWidget' {
  import type { ComponentType } from 'react';
  export const ConnectionsWidget: ComponentType<Record<string, unknown>>;
  export function createHttpConnectionsApi(options: { baseUrl: string }): unknown;
}
