import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createHttpConnectionsApi } from '../../../src/api/createHttpConnectionsApi';
import '../../../src/element/index';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import type { ConnectionsWidgetProps } from '../../../src/widget/ConnectionsWidget';
import type { ConnectionsWidgetHandle } from '../../../src/widget/mountConnectionsWidget';
import { createHangingApi } from './support/createHangingApi';
import { whenEnabled } from '../../support/whenEnabled';
import { mountInto, setUpHostElement } from './support/hostElement';
import { trackListeners } from './support/trackListeners';
import { trackTimers } from './support/trackTimers';
import { widgetIn } from './support/widgetIn';

const hostElement = setUpHostElement();

afterEach(() => {
  vi.restoreAllMocks();
});

/** Mounts the widget (its own root, in StrictMode) at `path` of the address bar. */
function mountAt(path: string, options: ConnectionsWidgetProps): Promise<ConnectionsWidgetHandle> {
  window.history.replaceState(null, '', path);
  return mountInto(hostElement(), options);
}

/** A `fetch` that never answers, and the signals it was given. */
function hangingFetch() {
  const signals: AbortSignal[] = [];
  const fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return new Promise<Response>(() => {});
  };
  return { fetch, signals };
}

describe('unmounting the widget', () => {
  it.each([
    ['the Data Sources list', '/', 'listDataSources'],
    ['the integration catalog', '/add', 'listIntegrations'],
  ] as const)('aborts the request for %s through the signal the API was given', async (_name, path, method) => {
    const api = createHangingApi();
    const handle = await mountAt(path, { api, role: 'admin' });
    const calls = api.calls.filter((call) => call.method === method);
    expect(calls.at(-1)?.signal?.aborted).toBe(false);

    act(() => handle.unmount());

    expect(calls.map((call) => call.signal?.aborted)).toEqual(calls.map(() => true));
  });

  it('aborts a started authorization that is waiting for the backend', async () => {
    const hanging = createHangingApi();
    const api = { ...createMemoryConnectionsApi(), startAuthorization: hanging.startAuthorization };
    const handle = await mountAt('/add/stripe', { api, role: 'admin' });
    await userEvent
      .setup()
      .click(await whenEnabled(await within(hostElement()).findByRole('button', { name: 'Connect with Stripe' })));
    const [start] = hanging.calls.filter((call) => call.method === 'startAuthorization');
    expect(start?.signal?.aborted).toBe(false);

    act(() => handle.unmount());

    expect(start?.signal?.aborted).toBe(true);
  });

  it('aborts a deletion that is waiting for the backend', async () => {
    const hanging = createHangingApi();
    const api = { ...createMemoryConnectionsApi(), deleteDataSource: hanging.deleteDataSource };
    const user = userEvent.setup();
    const handle = await mountAt('/', { api, role: 'admin' });
    await user.click(await within(hostElement()).findByRole('button', { name: 'Delete MySQL' }));
    await user.click(within(hostElement()).getByRole('button', { name: 'Delete data source' }));
    const [deletion] = hanging.calls;
    expect(deletion).toMatchObject({ method: 'deleteDataSource', signal: expect.objectContaining({ aborted: false }) });

    act(() => handle.unmount());

    expect(deletion?.signal?.aborted).toBe(true);
  });

  it('aborts the HTTP client’s fetch itself', async () => {
    const { fetch, signals } = hangingFetch();
    const handle = await mountAt('/', { api: createHttpConnectionsApi({ baseUrl: '/api/v1', fetch }), role: 'admin' });
    expect(signals.at(-1)?.aborted).toBe(false);

    act(() => handle.unmount());

    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });
});

describe('mounting and unmounting 100 times in StrictMode', () => {
  /**
   * Each mount leaves a request in flight (an HTTP client whose fetch never answers, with its
   * timeout timer running) for the unmount to clean up.
   */
  async function expectNothingLeftAfter(cycle: (api: ReturnType<typeof createHttpConnectionsApi>) => Promise<void>) {
    const { fetch, signals } = hangingFetch();
    const api = createHttpConnectionsApi({ baseUrl: '/api/v1', fetch });
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    // Once per document and for good, React listens for selectionchange: not the widget's.
    await cycle(api);

    const listeners = trackListeners();
    const timers = trackTimers();
    try {
      for (let count = 0; count < 100; count += 1) await cycle(api);
      await timers.settle();
      expect(listeners.remaining()).toEqual([]);
      expect(timers.pendingCount()).toBe(0);
    } finally {
      listeners.restore();
      timers.restore();
    }
    expect(signals.length).toBeGreaterThanOrEqual(101);
    expect(signals.filter((signal) => !signal.aborted)).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
  }

  it('through mountConnectionsWidget leave no listener, timer, request or console message', async () => {
    await expectNothingLeftAfter(async (api) => {
      const host = hostElement();
      const handle = await mountInto(host, { api, role: 'admin' });
      expect(within(host).getByText('Loading data sources…')).toBeInTheDocument();
      await act(async () => handle.unmount());
      expect(host).toBeEmptyDOMElement();
    });
  });

  it('through <connections-widget> leave no listener, timer, request or console message', async () => {
    await expectNothingLeftAfter(async (api) => {
      const element = document.createElement('connections-widget');
      element.setAttribute('user-role', 'admin');
      element.api = api;
      await act(async () => hostElement().append(element));
      expect(within(widgetIn(element)).getByText('Loading data sources…')).toBeInTheDocument();
      await act(async () => {
        element.remove();
        // The element unmounts in a microtask (a moved element keeps its widget).
        await Promise.resolve();
      });
      expect(element.shadowRoot?.querySelector('div')).toBeNull();
    });
  });
});
