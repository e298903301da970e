import type { QueryClient } from '@tanstack/react-query';
import { Component, lazy, Suspense, type ReactNode } from 'react';

// Fetched from the remote's origin the first time the route renders.
const ConnectionsWidget = lazy(async () => {
  const remote = await import('connections_widget/ConnectionsWidget');
  const api = remote.createHttpConnectionsApi({ baseUrl: '/api/v1' });
  const authorizationHosts = [...remote.defaultAuthorizationHosts, import.meta.env.STAND_IN_HOST];
  function Widget({ queryClient }: { queryClient: QueryClient }) {
    return (
      <remote.ConnectionsWidget
        api={api}
        role="admin"
        queryClient={queryClient}
        authorizationHosts={authorizationHosts}
      />
    );
  }
  return { default: Widget };
});

class RemoteErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) return <p role="alert">The remote failed: {this.state.error.message}</p>;
    return this.props.children;
  }
}

export function RemoteConnections({ queryClient }: { queryClient: QueryClient }) {
  return (
    <RemoteErrorBoundary>
      <Suspense fallback={<p>Loading the Connections remote…</p>}>
        <ConnectionsWidget queryClient={queryClient} />
      </Suspense>
    </RemoteErrorBoundary>
  );
}
