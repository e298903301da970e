// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ConnectionsWidget } from '../../src/widget/ConnectionsWidget';
import { createMemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';

/** renderToString as on a server, where there is no `document` either. */
function renderOnServer(element: ReactElement): string {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'document');
  Reflect.deleteProperty(globalThis, 'document');
  try {
    return renderToString(element);
  } finally {
    if (descriptor) Object.defineProperty(globalThis, 'document', descriptor);
  }
}

// A Next.js page serves every address under the widget with the server's render of its index
// (the server cannot read the address bar); the browser then hydrates it at its own address.
describe('hydrating a server render of the standalone widget', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it.each([
    ['its index', '/admin/connections', 'Loading data sources…'],
    [
      "Stripe's return to callback",
      '/admin/connections/callback?code=ac_x&state=s_x',
      'The connection was not completed',
    ],
  ])('at %s matches the server HTML, then shows the page at the address', async (_, address, shown) => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const widget = <ConnectionsWidget api={createMemoryConnectionsApi()} role="admin" basename="/admin/connections" />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderOnServer(widget);
    expect(container.textContent).toContain('Loading data sources…');
    window.history.replaceState(null, '', address);

    const mismatches: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, widget, { onRecoverableError: (error) => mismatches.push(error) }),
    );

    expect(mismatches).toEqual([]);
    expect(container.textContent).toContain(shown);
    await act(async () => root.unmount());
  });
});
