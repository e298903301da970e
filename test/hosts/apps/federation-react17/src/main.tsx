import { Component, lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { render } from 'react-dom';

const ConnectionsWidget = lazy(async () => {
  const remote = await import('connections_widget/ConnectionsWidget');
  const api = remote.createHttpConnectionsApi({ baseUrl: '/api/v1' });
  return { default: () => <remote.ConnectionsWidget api={api} role="admin" /> };
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

render(
  <StrictMode>
    <h1>Admin on React 17</h1>
    <RemoteErrorBoundary>
      <Suspense fallback={<p>Loading the Connections remote…</p>}>
        <ConnectionsWidget />
      </Suspense>
    </RemoteErrorBoundary>
  </StrictMode>,
  document.getElementById('root'),
);
