import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import type { MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';

/** The in-memory API, with a spy on each method, to see that a server render asks nothing. */
async function spiedApi(): Promise<{ api: MemoryConnectionsApi; calls: ReturnType<typeof vi.spyOn>[] }> {
  const { createMemoryConnectionsApi } = await import('../../src/testing/createMemoryConnectionsApi');
  const api = createMemoryConnectionsApi();
  const calls = (Object.keys(api) as (keyof MemoryConnectionsApi)[]).map((method) => vi.spyOn(api, method));
  return { api, calls };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('on a server (Node, no window)', () => {
  it('imports every entry without throwing, and registers no element', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof customElements).toBe('undefined');

    const main = await import('../../src/index');
    const element = await import('../../src/element/index');
    await import('../../src/testing/index');

    expect(main.ConnectionsWidget).toBeTypeOf('function');
    expect(main.mountConnectionsWidget).toBeTypeOf('function');
    expect(() => element.defineConnectionsWidgetElement()).not.toThrow();
  });

  it('renders the standalone widget to its loading state, and sends no request', async () => {
    const { ConnectionsWidget } = await import('../../src/index');
    const { api, calls } = await spiedApi();
    const consoleError = vi.spyOn(console, 'error');

    const html = renderToString(<ConnectionsWidget api={api} role="admin" basename="/admin/connections" />);

    expect(html).toContain('Connections</h2>');
    expect(html).toContain('Loading data sources…');
    expect(html).toContain('<button type="button" class="cw-button cw-button--primary">Add a Data Source</button>');
    for (const call of calls) expect(call).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('renders inside the host’s server router at the page it is asked for', async () => {
    const { ConnectionsWidget } = await import('../../src/index');
    const { api } = await spiedApi();

    // A catalog other than English loads on demand, which a server render cannot wait for: the
    // host imports it (connections-widget/locales/pt-BR) and passes it whole.
    const { ptBR } = await import('../../src/i18n/pt-BR');
    const page = (messages?: typeof ptBR) =>
      renderToString(
        <StaticRouter location="/admin/connections/add">
          <Routes>
            <Route
              path="/admin/connections/*"
              element={<ConnectionsWidget api={api} role="admin" locale="pt-BR" messages={messages} />}
            />
          </Routes>
        </StaticRouter>,
      );

    expect(page(ptBR)).toContain('Carregando integrações…');
    // Without it, nothing of the widget is drawn rather than English first.
    const withoutCatalog = page();
    expect(withoutCatalog).not.toContain('Loading integrations…');
    expect(withoutCatalog).not.toContain('Carregando integrações…');
  });
});
