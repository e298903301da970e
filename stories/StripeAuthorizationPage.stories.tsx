import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StripeAuthorizationPage } from '../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { en, type MessageKey } from '../src/i18n/en';
import { connections } from '../.storybook/ConnectionsParameters';
import { storyConnections } from '../.storybook/StoryConnections';
import { storyTranslate } from '../.storybook/storyTranslate';
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
browser there. Used alone it needs the URL of a page that renders \`AuthorizationCallback\`:

\`\`\`tsx
<ConnectionsProvider api={api} role="admin">
  <StripeAuthorizationPage redirectUri="/admin/connections/callback" backTo="/admin/connections" />
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

/** Before the click: what will be read, and the Connect with Stripe button. */
export const Ready: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(canvas.getByRole('heading', { level: 2, name: t('stripe.heading') })).toBeVisible();
    const tables = canvas.getByRole('region', { name: t('stripe.dataHeading') });
    await expect(within(tables).getAllByRole('listitem').map((item) => item.textContent)).toEqual(syncedTables.map((key) => t(key)));
    await expect(canvas.getByText(t('stripe.readOnly'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('stripe.connect') })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: t('common.backToConnections') })).toHaveAttribute('href', '/connections');
  },
};

/** After the click the browser is on its way to Stripe; another click sends nothing. */
export const BusyAfterClick: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    const { locationAssign } = storyConnections(context);
    const button = canvas.getByRole('button', { name: t('stripe.connect') });
    await userEvent.click(button);
    await expect(await canvas.findByRole('button', { name: t('stripe.redirecting') })).toHaveAttribute('aria-disabled', 'true');
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
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: t('stripe.connect') }));
    await expectErrorPanel(context, 'stripe.startError', 'error.server');
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
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
    await userEvent.click(canvas.getByRole('button', { name: t('stripe.connect') }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('stripe.urlRefused', { host: lookalikeHost }));
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
  },
};

/** A Standard (or Read-Only) user reads the notice instead of the Connect button. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'standard' },
  play: async (context) => {
    await expectRequiresAdmin(context);
    await expect(context.canvas.queryByRole('button', { name: storyTranslate(context)('stripe.connect') })).not.toBeInTheDocument();
  },
};
