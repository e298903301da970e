/**
 * A host app's project as packInstall.ts writes it next to the installed tarball (package.json
 * aside, which takes the repo's versions). Kept as text: inside the repo, `connections-widget`
 * would resolve to the sources instead of the package a host installs.
 */
export const consumerFiles: Record<string, string> = {
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        resolveJsonModule: true,
        noEmit: true,
        // The package's declarations are checked too, as a host with skipLibCheck off would.
        skipLibCheck: false,
        types: ['vite/client'],
      },
      include: ['src'],
    },
    null,
    2,
  )}\n`,

  'vite.config.ts': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,

  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Consumer</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,

  // Inside the host's own router, mounted under a path of its choosing. Its backend is the
  // test kit's in-memory one: packInstall.ts opens this build in Chromium with no server behind it.
  'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ConnectionsWidget, type ConnectionsApi, type ConnectionsEvent } from 'connections-widget';
import { createMemoryConnectionsApi } from 'connections-widget/testing';
import contract from 'connections-widget/openapi.json';
import 'connections-widget/styles.css';

const api: ConnectionsApi = createMemoryConnectionsApi({ latencyMs: 200 });

function logEvent(event: ConnectionsEvent): void {
  console.info(\`connections-widget (contract \${contract.info.version}): \${event.type}\`);
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route
          path="/admin/connections/*"
          element={<ConnectionsWidget api={api} role="admin" locale="pt-BR" theme="dark" onEvent={logEvent} />}
        />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
`,

  // On its own, with its own router.
  'src/StandaloneConnections.tsx': `import { ConnectionsWidget, createHttpConnectionsApi, type Role } from 'connections-widget';

const api = createHttpConnectionsApi({ baseUrl: '/api/v1' });

export function StandaloneConnections({ role }: { role: Role }) {
  return <ConnectionsWidget api={api} role={role} basename="/admin/connections" />;
}
`,

  // The same host's pages without React: the mount function and the custom element, typed.
  'src/mountOnPlainPage.ts': `import { createHttpConnectionsApi, mountConnectionsWidget, type ConnectionsWidgetHandle } from 'connections-widget';
import 'connections-widget/element';

const api = createHttpConnectionsApi({ baseUrl: '/api/v1' });

export function mountOnPlainPage(container: HTMLElement): ConnectionsWidgetHandle {
  const element = document.createElement('connections-widget');
  element.api = api;
  element.setAttribute('user-role', 'admin');
  container.before(element);
  return mountConnectionsWidget(container, { api, role: 'admin', routing: 'memory' });
}
`,

  // What a host's own unit tests do with the test kit, run by Node against the installed package.
  // Every entry point imports on a server too (no window, no custom elements).
  'check-runtime.mjs': `import { readFile } from 'node:fs/promises';
import { createMemoryConnectionsApi } from 'connections-widget/testing';
import { ConnectionsWidget, createHttpConnectionsApi, mountConnectionsWidget } from 'connections-widget';
import { defineConnectionsWidgetElement } from 'connections-widget/element';
import * as standalone from 'connections-widget/standalone';
import * as singleSpa from 'connections-widget/single-spa';

const api = createMemoryConnectionsApi();
const dataSources = await api.listDataSources();
if (dataSources.length === 0) throw new Error('the in-memory API has no seeded data sources');
if (typeof ConnectionsWidget !== 'function') throw new Error('ConnectionsWidget is not a component');
const { defaultAuthorizationHosts, ...standaloneFunctions } = standalone;
for (const [name, value] of Object.entries({ mountConnectionsWidget, defineConnectionsWidgetElement, ...standaloneFunctions })) {
  if (typeof value !== 'function') throw new Error(\`\${name} is not a function\`);
}
for (const lifecycle of ['bootstrap', 'mount', 'update', 'unmount', 'singleSpaConnectionsWidget']) {
  if (typeof singleSpa[lifecycle] !== 'function') throw new Error(\`connections-widget/single-spa lacks \${lifecycle}\`);
}
if (!defaultAuthorizationHosts.includes('connect.stripe.com')) throw new Error('defaultAuthorizationHosts lacks Stripe');
if (typeof createHttpConnectionsApi({ baseUrl: '/api/v1' }).listDataSources !== 'function') {
  throw new Error('createHttpConnectionsApi returned no client');
}
const contract = JSON.parse(await readFile(new URL(import.meta.resolve('connections-widget/openapi.json')), 'utf8'));
if (!String(contract.openapi).startsWith('3.1')) throw new Error('connections-widget/openapi.json is not OpenAPI 3.1');
`,
};
