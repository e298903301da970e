import { screen, within } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import { StripeAuthorizationPage } from '../../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { LocationAssignContext } from '../../src/oauth/LocationAssignContext';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import { createMemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithConnections, type RenderWithConnectionsOptions } from '../support/renderWithConnections';

const redirectUri = 'https://app.example.com/admin/connections/callback';
const stripeUrl = 'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_1&scope=read_only&state=st_1';

/** The page alone, as a host would mount it, with the browser's departure observed instead of followed. */
function renderPage(options: RenderWithConnectionsOptions = {}) {
  const api = createMemoryConnectionsApi();
  // Every method observed from the start, so a request sent while rendering would be seen too.
  const calls = (Object.keys(api) as (keyof typeof api)[]).map((method) => vi.spyOn(api, method));
  const assign = vi.fn<(url: string) => void>();
  const start = vi.spyOn(api, 'startAuthorization');
  const rendered = renderWithConnections(
    <LocationAssignContext.Provider value={assign}>
      <StripeAuthorizationPage redirectUri={redirectUri} />
    </LocationAssignContext.Provider>,
    { api, ...options },
  );
  return { ...rendered, api, assign, start, calls };
}

function answerWith(url: string) {
  return { authorizationUrl: url, state: 'st_1', expiresAt: new Date(Date.now() + 600_000).toISOString() };
}

const connectButton = () => screen.getByRole('button', { name: 'Connect with Stripe' });

describe('StripeAuthorizationPage', () => {
  it('names Stripe, lists the Expected Stripe data tables and says the access is read-only', async () => {
    const { container } = renderPage();

    expect(screen.getByRole('heading', { level: 2, name: 'Connect Stripe' })).toBeInTheDocument();
    const data = screen.getByRole('region', { name: 'Data that will be synced' });
    const tables = within(within(data).getByRole('list')).getAllByRole('listitem').map((item) => item.textContent);
    expect(tables).toEqual(['Customers', 'Charges', 'Coupons', 'Invoices', 'Plans', 'Subscriptions', 'Events']);
    expect(data).toHaveTextContent('Access is read-only: nothing in your Stripe account is changed.');
    expect(connectButton()).not.toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('link', { name: 'Back to Connections' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('sends the browser to the allowed authorization URL, after recording the pending flow', async () => {
    const { user, start, assign, events } = renderPage();
    start.mockResolvedValue(answerWith(stripeUrl));

    await user.click(connectButton());

    expect(start).toHaveBeenCalledWith({ integrationId: 'stripe', redirectUri }, expect.anything());
    expect(assign).toHaveBeenCalledExactlyOnceWith(stripeUrl);
    expect(pendingAuthorization.read('st_1')).toMatchObject({ integrationId: 'stripe' });
    expect(events).toContainEqual({ type: 'authorization_started', integrationId: 'stripe', dataSourceId: undefined });
  });

  it('is busy while the backend answers, and a second click sends no second request', async () => {
    const { user, start, container } = renderPage();
    start.mockReturnValue(new Promise(() => {}));

    await user.dblClick(connectButton());
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

    await user.click(connectButton());
    await user.click(screen.getByRole('button', { name: 'Redirecting to Stripe…' }));

    expect(start).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledTimes(1);
  });

  it('refuses an authorization URL on a host that is not allowed, naming the host, and stays', async () => {
    const { user, start, assign, events, container } = renderPage();
    start.mockResolvedValue(answerWith('https://connect.stripe.com@evil.test/oauth/authorize?state=st_1'));

    await user.click(connectButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent an authorization address on evil.test, which is not an allowed authorization host. The widget did not go there.',
    );
    expect(assign).not.toHaveBeenCalled();
    expect(pendingAuthorization.read('st_1')).toBeUndefined();
    expect(events).toContainEqual({ type: 'authorization_failed', error: expect.objectContaining({ name: 'AuthorizationUrlRefusedError', host: 'evil.test' }) });
    expect(connectButton()).not.toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(container);
  });

  it('shows why the start failed and tries again on request', async () => {
    const { user, api, start, assign, container } = renderPage();
    api.setFailure('startAuthorization', new ConnectionsApiError('network', 'offline'));

    await user.click(connectButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection to Stripe could not be started.');
    expect(alert).toHaveTextContent('The server could not be reached.');
    await expectNoAxeViolations(container);

    api.setFailure('startAuthorization', null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(start).toHaveBeenCalledTimes(2);
    expect(assign).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`${redirectUri}?code=`));
  });

  it.each(['standard', 'read-only'] as const)('shows a %s user the notice and sends nothing', async (role) => {
    const { calls, container } = renderPage({ role });

    expect(screen.getByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect with Stripe' })).not.toBeInTheDocument();
    for (const call of calls) expect(call).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('speaks Brazilian Portuguese', async () => {
    const { container } = renderPage({ locale: 'pt-BR' });

    expect(screen.getByRole('heading', { name: 'Conectar o Stripe' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Conectar com o Stripe' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Dados que serão sincronizados' })).toHaveTextContent('Assinaturas');
    await expectNoAxeViolations(container);
  });

  it('renders in the dark theme without violations', async () => {
    const { container } = renderPage({ theme: 'dark' });
    expect(container.querySelector('[data-theme="dark"]')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
