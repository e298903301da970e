'use client';
import { ConnectionsWidget, createHttpConnectionsApi, defaultAuthorizationHosts } from 'connections-widget';

// Made once per page: a client component may build what a server component cannot pass it (a client with methods).
const api = createHttpConnectionsApi({ baseUrl: '/api/connections' });
const authorizationHosts = [...defaultAuthorizationHosts, process.env.NEXT_PUBLIC_STAND_IN_HOST ?? ''];

export function Connections() {
  return (
    <ConnectionsWidget api={api} role="admin" basename="/admin/connections" authorizationHosts={authorizationHosts} />
  );
}
