import { screen, within } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { Integration } from '../../src/api/types';
import { StripeAuthorizationPage } from '../../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { LocationAssignContext } from '../../src/context/LocationAssignContext';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import {
  createMemoryConnectionsApi,
  type MemoryConnectionsApi,
  type MemoryConnectionsApiOptions,
} from '../../src/testing/createMemoryConnectionsApi';
import { catalogIntegrations } from '../../src/testing/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithConnections, type RenderWithConnectionsOptions } from '../support/renderWithConnections';
import { whenEnabled } from '../support/whenEnabled';

const redirectUri = 'https://app.example.com/admin/connections/callback';
const state = 'st_0123456789abcdefghijkl';
const stripeUrl = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_1&scope=read_only&state=${state}`;

/** The page alone, as a host would mount it, with the browser's departure observed instead of followed. */
interface RenderPageOptions extends Omit<RenderWithConnectionsOptions, 'api'> {
  apiOptions?: MemoryConnectionsApiOptions;
  /** Steers the API before the first render, whose requests it would otherwise miss. */
  beforeRender?: (api: MemoryConnectionsApi) => void;
}

function renderPage({ apiOptions, beforeRender, ...renderOptions }: RenderPageOptions = {}) {
  const api = createMemoryConnectionsApi(apiOptions);
  // Every method observed from the start, so a request sent while rendering would be seen too.
  const calls = (Object.keys(api) as (keyof typeof api)[]).map((method) => vi.spyOn(api, method));
  beforeRender?.(api);
  const assign = vi.fn<(url: string) => void>();
  const start = vi.spyOn(api, 'startAuthorization');
  const rendered = renderWithConnections(
    <LocationAssignContext.Provider value={assign}>
      <StripeAuthorizationPage redirectUri={redirectUri} />
    </LocationAssignContext.Provider>,
    { api, ...renderOptions },
  );
  return { ...rendered, api, assign, start, calls };
}

function answerWith(url: string) {
  return { authorizationUrl: url, state, expiresAt: new Date(Date.now() + 600_000).toISOString() };
}

const connectButton = () => screen.getByRole('button', { name: 'Connect with Stripe' });

/** Connect with Stripe, once the catalog has said Stripe is enabled. */
async function readyConnectButton() {
  return whenEnabled(await screen.findByRole('button', { name: 'Connect with Stripe' }));
}

/** The product's catalog with Stripe enabled or not, or without Stripe at all. */
function withStripe(enabled: boolean | undefined): Integration[] {
  const others: Integration[] = catalogIntegrations.filter((integration) => integration.id !== 'stripe');
  return enabled === undefined ? others : [...others, { id: 'stripe', name: 'Stripe', category: 'saas', enabled }];
}

describe('StripeAuthorizationPage', () => {
  it('names Stripe, lists the Expected Stripe data tables and says the access is read-only', async () => {
    const { container } = renderPage();

    const heading = screen.getByRole('heading', { level: 2, name: 'Connect Stripe' });
    // The logo sits beside the heading, hidden from assistive technology since the name is written.
    const logo = container.querySelector('svg.cw-stripe-logo');
    expect(logo).toHaveAttribute('aria-hidden', 'true');
    expect(heading.parentElement).toContainElement(logo as SVGElement);
    const data = await screen.findByRole('region', { name: 'Data that will be synced' });
    const tables = within(within(data).getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(tables).toEqual(['Customers', 'Charges', 'Coupons', 'Invoices', 'Plans', 'Subscriptions', 'Events']);
    expect(data).toHaveTextContent('Access is read-only: nothing in your Stripe account is changed.');
    await readyConnectButton();
    expect(screen.getByRole('link', { name: 'Back to Connections' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('sends the browser to the allowed authorization URL, after recording the pending flow', async () => {
    const { user, start, assign, events } = renderPage();
    start.mockResolvedValue(answerWith(stripeUrl));

    await user.click(await readyConnectButton());

    expect(start).toHaveBeenCalledWith({ integrationId: 'stripe', redirectUri }, expect.anything());
    expect(assign).toHaveBeenCalledExactlyOnceWith(stripeUrl);
    expect(pendingAuthorization.read(state)).toMatchObject({ integrationId: 'stripe' });
    expect(events).toContainEqual({ type: 'authorization_started', integrationId: 'stripe', dataSourceId: undefined });
  });

  it('is busy while the backend answers, and a second click sends no second request', async () => {
    const { user, start, container } = renderPage();
    start.mockReturnValue(new Promise(() => {}));

    await user.dblClick(await readyConnectButton());
    await user.click(screen.getByRole('button', { name: 'Redirecting to Stripe…' }));

    const busy = screen.getByRole('button', { name: 'Redirecting to Stripe…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Redirecting to Stripe…');
    expect(start).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('stays busy once the browser is leaving, so nothing more is sent', async () => {
    const { user, start, assign } = renderPage();
    start.mockResolvedValue(answerWith(stripeUrl));

    await user.click(await readyConnectButton());
    await user.click(screen.getByRole('button', { name: 'Redirecting to Stripe…' }));

    expect(start).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledTimes(1);
  });

  it('refuses an authorization URL on a host that is not allowed, naming the host, and stays', async () => {
    const { user, start, assign, events, container } = renderPage();
    start.mockResolvedValue(answerWith(`https://connect.stripe.com@evil.test/oauth/authorize?state=${state}`));

    await user.click(await readyConnectButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent an authorization address on evil.test, which is not an allowed authorization host. The widget did not go there.',
    );
    expect(assign).not.toHaveBeenCalled();
    expect(pendingAuthorization.read(state)).toBeUndefined();
    expect(events).toContainEqual({
      type: 'authorization_failed',
      error: expect.objectContaining({ name: 'AuthorizationUrlRefusedError', host: 'evil.test' }),
    });
    expect(
      within(await screen.findByRole('alert')).queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
    expect(connectButton()).not.toHaveAttribute('aria-disabled');
    await expectNoAxeViolations(container);
  });

  it('stays, and says why, when the browser will not store the pending flow', async () => {
    const { user, start, assign, events, container } = renderPage();
    start.mockResolvedValue(answerWith(stripeUrl));
    const button = await readyConnectButton();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await user.click(button);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection to Stripe could not be started.');
    expect(alert).toHaveTextContent('This browser would not store the connection in progress');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
    expect(events).toContainEqual({
      type: 'authorization_failed',
      error: expect.objectContaining({ name: 'AuthorizationStorageError' }),
    });
    expect(connectButton()).not.toHaveAttribute('aria-disabled');
    await expectNoAxeViolations(container);

    // Storage allowed again (the admin left private browsing, say): Connect works.
    setItem.mockRestore();
    await user.click(connectButton());
    expect(assign).toHaveBeenCalledExactlyOnceWith(stripeUrl);
  });

  it('shows why the start failed and tries again on request', async () => {
    const { user, api, start, assign, container } = renderPage();
    api.setFailure('startAuthorization', new ConnectionsApiError('network', 'offline'));

    await user.click(await readyConnectButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection to Stripe could not be started.');
    expect(alert).toHaveTextContent('The server could not be reached.');
    await expectNoAxeViolations(container);

    api.setFailure('startAuthorization', null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(start).toHaveBeenCalledTimes(2);
    expect(assign).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`${redirectUri}?code=`));
  });

  it.each([
    [
      '400 redirect_uri_not_allowed',
      new ConnectionsApiError('bad_request', 'refused', { status: 400, code: 'redirect_uri_not_allowed' }),
      'The server refused the request.',
    ],
    [
      '403 forbidden',
      new ConnectionsApiError('forbidden', 'not an admin', { status: 403, code: 'forbidden' }),
      'Requires Administrator permissions',
    ],
    [
      '409 integration_disabled',
      new ConnectionsApiError('conflict', 'disabled', { status: 409, code: 'integration_disabled' }),
      'It changed in the meantime.',
    ],
  ])('offers no Try again when the backend refuses the start (%s)', async (_, failure, reason) => {
    const { user, api, start } = renderPage();
    api.setFailure('startAuthorization', failure);

    await user.click(await readyConnectButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(reason);
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('offers Try again when the backend is rate limited', async () => {
    const { user, api } = renderPage();
    api.setFailure(
      'startAuthorization',
      new ConnectionsApiError('rate_limited', 'slow down', { status: 429, code: 'rate_limited' }),
    );

    await user.click(await readyConnectButton());

    expect(within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('offers no Connect, and says it is checking, until the catalog shows Stripe enabled', async () => {
    let answerCatalog: () => void = () => {};
    const { start, container } = renderPage({
      beforeRender: (api) => {
        const catalog = createMemoryConnectionsApi();
        // The catalog answers when the test says so.
        vi.mocked(api.listIntegrations).mockImplementation(
          (options) =>
            new Promise(
              (resolve, reject) => (answerCatalog = () => void catalog.listIntegrations(options).then(resolve, reject)),
            ),
        );
      },
    });

    expect(screen.getByRole('status')).toHaveTextContent('Checking that Stripe is available for your account…');
    expect(screen.queryByRole('button', { name: 'Connect with Stripe' })).not.toBeInTheDocument();
    expect(start).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    answerCatalog();
    expect(await readyConnectButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText('Checking that Stripe is available for your account…')).not.toBeInTheDocument();
  });

  it.each([
    ['not enabled for the account', false],
    ['missing from the catalog', undefined],
  ])('says Stripe is not available when it is %s, and offers no Connect', async (_, enabled) => {
    const { start, container } = renderPage({ apiOptions: { integrations: withStripe(enabled) } });

    expect(await screen.findByText('Stripe is not available for your account.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect with Stripe' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Connect Stripe' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Connections' })).toBeInTheDocument();
    expect(start).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('says when the catalog could not be loaded, keeps saying it while Try again is out, and then offers Connect', async () => {
    const { user, api } = renderPage({
      apiOptions: { failures: { listIntegrations: new ConnectionsApiError('server', 'down', { status: 500 }) } },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Whether Stripe is available for your account could not be checked.');
    expect(screen.queryByRole('button', { name: 'Connect with Stripe' })).not.toBeInTheDocument();

    let answerCatalog: () => void = () => {};
    const catalog = createMemoryConnectionsApi();
    vi.spyOn(api, 'listIntegrations').mockImplementation(
      (options) =>
        new Promise(
          (resolve, reject) => (answerCatalog = () => void catalog.listIntegrations(options).then(resolve, reject)),
        ),
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    // The alert stays until the answer, its button busy and still focused; no flash of "Checking…".
    const retrying = await within(alert).findByRole('button', { name: 'Trying again…' });
    expect(retrying).toHaveAttribute('aria-disabled', 'true');
    expect(retrying).toHaveFocus();
    expect(screen.queryByText('Checking that Stripe is available for your account…')).not.toBeInTheDocument();
    // The first load, and one Try again: pressing the busy button sends nothing more.
    await user.click(retrying);
    expect(api.listIntegrations).toHaveBeenCalledTimes(2);

    answerCatalog();
    await readyConnectButton();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(['standard', 'read-only'] as const)('shows a %s user the notice and sends nothing', async (role) => {
    const { calls, container } = renderPage({ role });

    expect(screen.getByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect with Stripe' })).not.toBeInTheDocument();
    for (const call of calls) expect(call).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('speaks Brazilian Portuguese, and says so to screen readers', async () => {
    const { container } = renderPage({ locale: 'pt-BR' });

    expect((await screen.findByRole('heading', { name: 'Conectar o Stripe' })).closest('[lang]')).toHaveAttribute(
      'lang',
      'pt-BR',
    );
    expect(await screen.findByRole('button', { name: 'Conectar com o Stripe' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Dados que serão sincronizados' })).toHaveTextContent('Assinaturas');
    await expectNoAxeViolations(container);
  });

  it('renders in the dark theme without violations', async () => {
    const { container } = renderPage({ theme: 'dark' });
    expect(container.querySelector('[data-theme="dark"]')).toBeInTheDocument();
    await readyConnectButton();
    await expectNoAxeViolations(container);
  });
});
