import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router';
import { RemoteConnections } from './RemoteConnections';

// The host's own cache: the widget keeps its data in it, under its own root key.
const queryClient = new QueryClient();
Object.assign(window, { hostQueryClient: queryClient });

/** The host's own view of its router's address: it follows the widget's navigation only if both use one router. */
function HostLocation() {
  return <p id="host-location">{useLocation().pathname}</p>;
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <nav>
          <Link to="/">Home</Link> <Link to="/admin/connections">Connections</Link>
        </nav>
        <HostLocation />
        <Routes>
          <Route path="/" element={<h1>Admin home</h1>} />
          <Route path="/admin/connections/*" element={<RemoteConnections queryClient={queryClient} />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
