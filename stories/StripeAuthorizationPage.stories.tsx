import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, waitFor, within } from 'storybook/test';
import { ConnectionsProvider } from '../src/components/ConnectionsProvider/ConnectionsProvider';
import { StripeAuthorizationPage } from '../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { en, type MessageKey } from '../src/i18n/en';
import { connections } from '../.storybook/ConnectionsParameters';
import { storyConnections } from '../.storybook/StoryConnections';
import { storyProviderProps } from '../.storybook/storyProviderProps';
import { storyTranslate } from '../.storybook/storyTranslate';
import { catalogIntegrations } from '../src/testing/fixtures';
import { apiErrors } from './support/apiErrors';
import { expectErrorPanel, expectRequiresAdmin } from './support/expectations';

const meta = {
  title: 'Components/StripeAuthorizationPage',
  component: StripeAuthorizationPage,
  tags: ['autodocs'],
  args: { redirectUri: '/connections/callback', backTo: '/connections' },
  parameters: {
    docs: {
      description: {
        component: `What connecting Stripe does and reads (the Expected Stripe data tables, read-only), and
**Connect with Stripe**, which starts Stripe's OAuth flow: the backend answers the URL to go to,
the widget refuses it unless its host is allowed, remembers the pending flow and sends the
browser there. Connect waits for the catalog, and an account without Stripe enabled reads a
notice instead (a direct link can lead here). Used alone it needs the URL of a page that renders \`AuthorizationCallback\`:

\`\`\`tsx
<ConnectionsProvider api={api} role="admin">
  <StripeAuthorizationPage redirectUri="/admin/connections/callback" connectionsTo="/admin/connections" />
</ConnectionsProvider>
\`\`\`

In these stories the browser never leaves: where it would go to Stripe, the page stays on
**Redirecting to Stripe…**.`,
      },
    },
  },
} satisfies Meta<typeof StripeAuthorizationPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Expected Stripe data tables, in the catalog's (and Stripe's documentation's) order. */
const syncedTables = (Object.keys(en) as MessageKey[]).filter((key) => key.startsWith('stripe.table.'));

/** Connect with Stripe, once the catalog has said Stripe is enabled for the account. */
async function readyConnectButton(context: StoryContext): Promise<HTMLElement> {
  const button = await context.canvas.findByRole('button', { name: storyTranslate(context)('stripe.connect') });
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled', 'true'));
  return button;
}

/** Before the click: what will be read, and the Connect with Stripe button. */
export const Ready: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(canvas.getByRole('heading', { level: 2, name: t('stripe.heading') })).toBeVisible();
    const tables = await canvas.findByRole('region', { name: t('stripe.dataHeading') });
    await expect(
      within(tables)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(syncedTables.map((key) => t(key)));
    await expect(canvas.getByText(t('stripe.readOnly'))).toBeVisible();
    await expect(await readyConnectButton(context)).toBeVisible();
    await expect(canvas.getByRole('link', { name: t('common.backToConnections') })).toHaveAttribute(
      'href',
      '/connections',
    );
  },
};

/** After the click the browser is on its way to Stripe; another click sends nothing. */
export const BusyAfterClick: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    const { locationAssign } = storyConnections(context);
    const button = await readyConnectButton(context);
    await userEvent.click(button);
    await expect(await canvas.findByRole('button', { name: t('stripe.redirecting') })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(button);
    await expect(locationAssign).toHaveBeenCalledTimes(1);
    const [url] = locationAssign.mock.calls[0]!;
    await expect(new URL(url).searchParams.get('state')).toBeTruthy();
  },
};

/** The backend could not start the authorization; Try again asks once more. */
export const StartFailed: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { failures: { startAuthorization: apiErrors.server() } } }),
  play: async (context) => {
    await context.userEvent.click(await readyConnectButton(context));
    await expectErrorPanel(context, 'stripe.startError', 'error.server');
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
  },
};

/** The backend refused the start (409 integration_disabled): asking again cannot help, so no Try again. */
export const StartRefused: Story = {
  parameters: connections({ api: { failures: { startAuthorization: apiErrors.integrationDisabled() } } }),
  play: async (context) => {
    const t = storyTranslate(context);
    await context.userEvent.click(await readyConnectButton(context));
    const alert = await context.canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t('stripe.startError'));
    await expect(alert).toHaveTextContent(t('error.conflict'));
    await expect(within(alert).queryByRole('button', { name: t('common.retry') })).not.toBeInTheDocument();
  },
};

/**
 * The browser refuses to store the pending flow (storage full, or off in a private window): the
 * widget stays, since coming back it could not tell Stripe's answer from a forged one.
 */
export const StorageRefused: Story = {
  tags: ['every-theme-and-locale'],
  beforeEach: () => {
    const setItem = spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    return () => setItem.mockRestore();
  },
  play: async (context) => {
    const t = storyTranslate(context);
    await context.userEvent.click(await readyConnectButton(context));
    const alert = await context.canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t('authorization.storageFailed'));
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
  },
};

/** The catalog is on its way: no Connect until it says Stripe is enabled, announced as loading. */
export const LoadingCatalog: Story = {
  parameters: connections({ api: { latencyMs: Infinity } }),
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(canvas.queryByRole('button', { name: t('stripe.connect') })).not.toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent(t('stripe.loading'));
  },
};

/** Reached by a direct link on an account without Stripe enabled: no Connect, a notice and the way back. */
export const StripeNotEnabled: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    api: {
      integrations: catalogIntegrations.map((integration) =>
        integration.id === 'stripe' ? { ...integration, enabled: false } : integration,
      ),
    },
  }),
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(await canvas.findByText(t('stripe.notEnabled'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('stripe.connect') })).not.toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: t('common.backToConnections') })).toHaveAttribute(
      'href',
      '/connections',
    );
  },
};

const lookalikeHost = 'connect.stripe.com.attacker.example';

/** The backend answered an address whose host is not an allowed authorization host: the widget does not go there. */
export const UrlRefusedByAllowList: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    api: { providerUrl: `https://${lookalikeHost}/oauth/authorize` },
  }),
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(await readyConnectButton(context));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      t('authorization.urlRefused', { host: lookalikeHost }),
    );
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
  },
};

/** A Standard (or Read-Only) user reads the notice instead of the Connect button. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'standard' },
  play: async (context) => {
    await expectRequiresAdmin(context);
    await expect(
      context.canvas.queryByRole('button', { name: storyTranslate(context)('stripe.connect') }),
    ).not.toBeInTheDocument();
  },
};

/**
 * Renders the page under a provider in popup mode (`authorizationMode="popup"`), with the
 * story's API, cache, role, locale and theme: the project's decorator gives the redirect mode.
 */
function renderInPopupMode(args: Story['args'], context: StoryContext) {
  return (
    <ConnectionsProvider {...storyProviderProps(context)} authorizationMode="popup">
      <StripeAuthorizationPage {...args} />
    </ConnectionsProvider>
  );
}

/** Stripe's address on an allowed host, so that in popup mode the window is pointed there. */
const onStripe = connections({ api: { providerUrl: 'https://connect.stripe.com/oauth/authorize' } });

/**
 * Popup mode, and the browser's popup blocker refused the window: nothing was sent. The alert
 * says so and offers **Continue in this tab**, which starts the same connection by leaving the
 * page; its button stays, busy and focused, while the browser leaves.
 */
export const PopupBlocked: Story = {
  tags: ['every-theme-and-locale'],
  parameters: onStripe,
  render: renderInPopupMode,
  beforeEach: () => {
    const open = spyOn(window, 'open').mockReturnValue(null);
    return () => open.mockRestore();
  },
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    const { locationAssign, memoryApi } = storyConnections(context);
    const start = spyOn(memoryApi, 'startAuthorization');
    await userEvent.click(await readyConnectButton(context));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t('stripe.startError'));
    await expect(alert).toHaveTextContent(t('authorization.popupBlocked'));
    await expect(start).not.toHaveBeenCalled();

    const continueHere = within(alert).getByRole('button', { name: t('authorization.continueInThisTab') });
    await userEvent.click(continueHere);
    await waitFor(() => expect(locationAssign).toHaveBeenCalledTimes(1));
    const [url] = locationAssign.mock.calls[0]!;
    await expect(new URL(url).host).toBe('connect.stripe.com');
    await expect(continueHere).toHaveAccessibleName(t('authorization.continuing'));
    await expect(continueHere).toHaveFocus();
  },
};

/**
 * Popup mode, with Stripe's page open in its window: the page says to finish there, and the
 * button brings the window to the front instead of starting again.
 */
export const PopupOpen: Story = {
  parameters: onStripe,
  render: renderInPopupMode,
  beforeEach: () => {
    // A window that stays open and goes nowhere: Storybook's page must not open a real one.
    const popup = { closed: false, focus: fn(), close: fn(), location: { replace: fn() } };
    const open = spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    return () => open.mockRestore();
  },
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(await readyConnectButton(context));
    await expect(await canvas.findByRole('button', { name: t('stripe.showPopup') })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(t('authorization.popupOpen'));
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
  },
};
