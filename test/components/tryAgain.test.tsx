import { screen, within } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import { createMemoryConnectionsApi, type MemoryApiMethod } from '../../src/testing/createMemoryConnectionsApi';
import { renderConnectionsWidget } from '../support/renderConnectionsWidget';

/** Every page of the widget that loads something, what it loads, and what it shows once loaded. */
const pages: [
  page: string,
  route: string,
  method: MemoryApiMethod,
  failed: string,
  loaded: () => Promise<HTMLElement>,
][] = [
  [
    'the Connections page',
    '/',
    'listDataSources',
    'The data sources could not be loaded.',
    () => screen.findByRole('table', { name: 'Data Sources' }),
  ],
  [
    'the picker',
    '/add',
    'listIntegrations',
    'The integrations could not be loaded.',
    () => screen.findByRole('button', { name: 'Stripe' }),
  ],
  [
    'the Stripe page',
    '/add/stripe',
    'listIntegrations',
    'Whether Stripe is available for your account could not be checked.',
    () => screen.findByRole('button', { name: 'Connect with Stripe' }),
  ],
  [
    'an integration page',
    '/add/mysql',
    'listIntegrations',
    'The integration could not be loaded.',
    () => screen.findByText('MySQL cannot be connected from this page yet.'),
  ],
];

describe('Try again, on every page that loads something', () => {
  it.each(pages)(
    'on %s keeps the alert up, busy, until the answer replaces it',
    async (_page, route, method, failed, loaded) => {
      const api = createMemoryConnectionsApi({ failures: { [method]: new ConnectionsApiError('network', 'offline') } });
      const { user } = renderConnectionsWidget({ api, route });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(failed);

      // The next answer comes when the test says so.
      let answer = () => {};
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const callForReal = api[method].bind(api) as (...args: unknown[]) => Promise<unknown>;
      const heldCall = async (...args: unknown[]) => {
        await answered;
        return callForReal(...args);
      };
      // `method` is any of the API's methods, whose types TypeScript cannot line up with one function.
      const call = vi.spyOn(api, method).mockImplementation(heldCall as never);
      api.setFailure(method, null);
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));

      const busy = await within(alert).findByRole('button', { name: 'Trying again…' });
      expect(busy).toHaveAttribute('aria-disabled', 'true');
      expect(busy).toHaveFocus();
      expect(alert).toHaveTextContent(failed);
      expect(screen.queryByText(/^Loading|^Checking/)).not.toBeInTheDocument();
      await user.click(busy);
      expect(call).toHaveBeenCalledTimes(1);

      answer();
      expect(await loaded()).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it.each(pages)(
    'on %s shows the alert again, with Try again, when the retry fails too',
    async (_page, route, method, failed) => {
      const api = createMemoryConnectionsApi({ failures: { [method]: new ConnectionsApiError('network', 'offline') } });
      const { user } = renderConnectionsWidget({ api, route });
      const alert = await screen.findByRole('alert');
      const call = vi.spyOn(api, method);

      await user.click(within(alert).getByRole('button', { name: 'Try again' }));

      await vi.waitFor(() => expect(call).toHaveBeenCalledTimes(1));
      await vi.waitFor(() =>
        expect(within(alert).getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled'),
      );
      expect(screen.getByRole('alert')).toHaveTextContent(failed);
    },
  );
});
