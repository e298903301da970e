import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ConnectionsWidget, type ConnectionsWidgetProps } from '../src/widget/ConnectionsWidget';
import { connections } from '../.storybook/ConnectionsParameters';
import { storyConnections } from '../.storybook/StoryConnections';
import { storyProviderProps } from '../.storybook/storyProviderProps';
import { storyTranslate } from '../.storybook/storyTranslate';
import { everyStatusDataSources } from './support/dataSources';
import { expectRequiresAdmin } from './support/expectations';

/** Props the toolbar and the story's in-memory API provide; a story sets only the others. */
const providedProps = ['api', 'role', 'locale', 'messages', 'theme', 'queryClient'] as const;
type WidgetStoryArgs = Omit<ConnectionsWidgetProps, (typeof providedProps)[number]>;

const meta = {
  title: 'Widget/ConnectionsWidget',
  component: ConnectionsWidget,
  tags: ['autodocs'],
  // The toolbar's role, locale and theme, and the story's in-memory API, as a host passes them.
  render: (args, context) => <ConnectionsWidget {...args} {...storyProviderProps(context)} />,
  parameters: {
    controls: { exclude: providedProps },
    // Mounted by a host router under /admin/connections, as the demo does.
    ...connections({ path: '/admin/connections/*', route: '/admin/connections' }),
    docs: {
      description: {
        component: `The whole Connections page: the Data Sources table, **Add a Data Source**, the picker, the
Stripe authorization page and the callback Stripe returns to. Its routes are relative, so it
lives under whatever path the host mounts it at, inside the host's router or in its own:

\`\`\`tsx
// Inside the host's router
<Route path="/admin/connections/*" element={<ConnectionsWidget api={api} role={user.role} locale="pt-BR" />} />

// Standalone, with its own browser router
<ConnectionsWidget api={createHttpConnectionsApi({ baseUrl: '/api/v1' })} role="admin" basename="/admin/connections" />
\`\`\`

Register \`…/admin/connections/callback\` with Stripe as the redirect URI. Here the in-memory
API plays Stripe: its authorization answers straight back to the widget's callback, so the
whole flow can be clicked through without leaving Storybook.`,
      },
    },
  },
} satisfies Meta<typeof ConnectionsWidget>;

export default meta;
type Story = StoryObj<WidgetStoryArgs>;

/** Where the admin arrives: the heading, Add a Data Source, and the product's table. */
export const ConnectionsPage: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(canvas.getByRole('heading', { level: 2, name: t('connections.heading') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('connections.add') })).toBeVisible();
    const table = await canvas.findByRole('table', { name: t('dataSources.title') });
    await expect(within(table).getByRole('rowheader', { name: 'MySQL' })).toBeVisible();
  },
};

/** The whole flow: Add a Data Source, Stripe, Connect with Stripe, and back with the banner and the new row. */
export const ConnectStripe: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: t('connections.add') }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Stripe' }));
    await expect(await canvas.findByRole('heading', { name: t('stripe.heading') })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: t('stripe.connect') }));

    await expect(await canvas.findByText(t('banner.title'))).toBeVisible();
    await expect(canvas.getByText(t('banner.added', { name: 'Stripe' }))).toBeVisible();
    const table = canvas.getByRole('table', { name: t('dataSources.title') });
    const stripe = await within(table).findByRole('rowheader', { name: 'Stripe' });
    await expect(within(stripe.closest('tr')!).getByText(t('dataSources.status.syncing'))).toBeVisible();
    // The in-memory Stripe answered inside the widget: the browser never left.
    await expect(storyConnections(context).locationAssign).not.toHaveBeenCalled();
  },
};

/** Reconnect on a source that lost its access re-authorizes that same source: no second Stripe row. */
export const ReconnectStripe: Story = {
  parameters: connections({
    path: '/admin/connections/*',
    route: '/admin/connections',
    api: { dataSources: everyStatusDataSources },
  }),
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(
      await canvas.findByRole('button', { name: t('dataSources.reconnectLabel', { name: 'Stripe' }) }),
    );
    await expect(await canvas.findByText(t('banner.reconnected', { name: 'Stripe' }))).toBeVisible();
    const table = canvas.getByRole('table', { name: t('dataSources.title') });
    const stripe = await within(table).findByRole('rowheader', { name: 'Stripe' });
    await expect(await within(stripe.closest('tr')!).findByText(t('dataSources.status.syncing'))).toBeVisible();
    await expect(within(table).getAllByRole('rowheader', { name: 'Stripe' })).toHaveLength(1);
  },
};

/** A Standard (or Read-Only) user sees the page's notice and no table. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'standard' },
  play: async (context) => {
    await expectRequiresAdmin(context);
    await expect(
      context.canvas.queryByRole('button', { name: storyTranslate(context)('connections.add') }),
    ).not.toBeInTheDocument();
  },
};
