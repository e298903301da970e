import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { AddDataSourcePicker } from '../src/components/AddDataSourcePicker/AddDataSourcePicker';
import { catalogIntegrations } from '../src/testing/fixtures';
import { connections } from '../.storybook/ConnectionsParameters';
import { storyTranslate } from '../.storybook/storyTranslate';
import { apiErrors } from './support/apiErrors';
import { expectErrorPanel, expectRequiresAdmin } from './support/expectations';

const meta = {
  title: 'Components/AddDataSourcePicker',
  component: AddDataSourcePicker,
  tags: ['autodocs'],
  args: { onSelect: fn() },
  parameters: {
    docs: {
      description: {
        component: `The **Add a Data Source** catalog: tiles grouped into SaaS integrations, databases and
files, with a search box; integrations not enabled for the account are left out. Tab, the
arrow keys, Home and End move between tiles; Enter or Space chooses one.

\`\`\`tsx
<ConnectionsProvider api={api} role="admin">
  <AddDataSourcePicker onSelect={(integration) => navigate(integration.id)} />
</ConnectionsProvider>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof AddDataSourcePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const enabledNames = catalogIntegrations
  .filter((integration) => integration.enabled)
  .map((integration) => integration.name);
const disabledNames = catalogIntegrations
  .filter((integration) => !integration.enabled)
  .map((integration) => integration.name);

/** The product's catalog: SaaS, databases and file upload; Adobe Analytics and Salesforce are not enabled, so not offered. */
export const FullCatalog: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    for (const category of ['saas', 'database', 'file'] as const) {
      await expect(await canvas.findByRole('region', { name: t(`picker.category.${category}`) })).toBeVisible();
    }
    for (const name of enabledNames) await expect(canvas.getByRole('button', { name })).toBeVisible();
    for (const name of disabledNames) await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
  },
};

/** An account with every integration enabled: all of the product's tiles, Adobe Analytics and Salesforce included. */
export const EveryIntegrationEnabled: Story = {
  parameters: connections({
    api: { integrations: catalogIntegrations.map((integration) => ({ ...integration, enabled: true })) },
  }),
  play: async ({ canvas }) => {
    for (const { name } of catalogIntegrations) await expect(await canvas.findByRole('button', { name })).toBeVisible();
  },
};

/** Typing narrows the tiles, ignoring case and accents, and the count is announced. */
export const SearchWithResults: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.type(await canvas.findByRole('searchbox', { name: t('picker.search') }), 'GOOGLE');
    await expect(canvas.getByText(t('picker.resultCount.other', { count: 3 }))).toBeVisible();
    for (const name of ['Google Adwords', 'Google Analytics', 'Google ECommerce']) {
      await expect(canvas.getByRole('button', { name })).toBeVisible();
    }
    await expect(canvas.queryByRole('button', { name: 'Stripe' })).not.toBeInTheDocument();
  },
};

/** A search that matches nothing says so. */
export const SearchWithNone: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.type(await canvas.findByRole('searchbox', { name: t('picker.search') }), 'Shopify');
    await expect(canvas.getByText(t('picker.noResults', { query: 'Shopify' }))).toBeVisible();
    await expect(canvas.queryAllByRole('listitem')).toHaveLength(0);
  },
};

/** The catalog has not arrived yet. */
export const Loading: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { latencyMs: Infinity } }),
  play: async (context) => {
    await expect(context.canvas.getByText(storyTranslate(context)('picker.loading'))).toBeVisible();
  },
};

/** The catalog could not be loaded. */
export const LoadError: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { failures: { listIntegrations: apiErrors.network() } } }),
  play: async (context) => {
    await expectErrorPanel(context, 'picker.loadError', 'error.network');
  },
};

/** Keyboard only: Tab reaches the tiles, arrows move between them (the focus ring shows), Enter chooses. */
export const KeyboardFocus: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent, args } = context;
    const search = await canvas.findByRole('searchbox', { name: t('picker.search') });
    search.focus();
    await userEvent.tab();
    const [first, second] = canvas.getAllByRole('button');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(second).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: 'File Upload' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    // Left on a focused tile, so the story shows the focus ring.
    await userEvent.keyboard('{ArrowRight}');
  },
};

/** Choosing the Stripe tile hands Stripe to `onSelect`. */
export const ChooseStripe: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Stripe' }));
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'stripe', name: 'Stripe' }));
  },
};

/** A Standard (or Read-Only) user sees a notice instead of the catalog. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'read-only' },
  play: async (context) => {
    await expectRequiresAdmin(context);
    await expect(context.canvas.queryByRole('searchbox')).not.toBeInTheDocument();
  },
};
