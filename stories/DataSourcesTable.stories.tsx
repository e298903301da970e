import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { ConnectionsApi } from '../src/api/ConnectionsApi';
import { DataSourcesTable } from '../src/components/DataSourcesTable/DataSourcesTable';
import '../src/element/index';
import { connections } from '../.storybook/ConnectionsParameters';
import { storyConnections } from '../.storybook/StoryConnections';
import { storyTranslate } from '../.storybook/storyTranslate';
import { apiErrors } from './support/apiErrors';
import { expectErrorPanel, expectRequiresAdmin } from './support/expectations';
import {
  everyStatusDataSources,
  hostileDataSources,
  longNameDataSources,
  manyDataSources,
} from './support/dataSources';
import { storyClock } from './support/storyClock';

const meta = {
  title: 'Components/DataSourcesTable',
  component: DataSourcesTable,
  tags: ['autodocs'],
  args: { now: storyClock, redirectUri: '/connections/callback' },
  parameters: {
    docs: {
      description: {
        component: `The product's **Data Sources** table, with its loading, empty and error states, a delete
confirmation and, for a source whose access is gone, **Reconnect**. Render it inside
\`ConnectionsProvider\` (or use \`ConnectionsWidget\`, which includes it):

\`\`\`tsx
<ConnectionsProvider api={api} role="admin">
  <DataSourcesTable />
</ConnectionsProvider>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof DataSourcesTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The product's own table: MySQL, Push API and Google ECommerce, all synced. */
export const ProductRows: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const table = await context.canvas.findByRole('table', { name: t('dataSources.title') });
    for (const name of ['MySQL', 'Push API', 'Google ECommerce']) {
      await expect(within(table).getByRole('rowheader', { name })).toBeVisible();
    }
    await expect(within(table).getAllByText(t('dataSources.status.success'))).toHaveLength(3);
  },
};

/** The backend has not answered yet. */
export const Loading: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { latencyMs: Infinity } }),
  play: async (context) => {
    await expect(context.canvas.getByText(storyTranslate(context)('dataSources.loading'))).toBeVisible();
  },
};

/** No data source connected yet. */
export const Empty: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { dataSources: [] } }),
  play: async (context) => {
    await expect(await context.canvas.findByText(storyTranslate(context)('dataSources.empty'))).toBeVisible();
    await expect(context.canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

/** The list could not be loaded; Try again asks once more. */
export const ErrorWithRetry: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { failures: { listDataSources: apiErrors.server() } } }),
  play: async (context) => {
    await expectErrorPanel(context, 'dataSources.loadError', 'error.server');
  },
};

/** After the failure the backend recovers: Try again brings the rows. */
export const RetrySucceeds: Story = {
  parameters: connections({ api: { failures: { listDataSources: apiErrors.network() } } }),
  play: async (context) => {
    const t = storyTranslate(context);
    const retry = await expectErrorPanel(context, 'dataSources.loadError', 'error.network');
    storyConnections(context).memoryApi.setFailure('listDataSources', null);
    await context.userEvent.click(retry);
    const table = await context.canvas.findByRole('table', { name: t('dataSources.title') });
    await expect(within(table).getByRole('rowheader', { name: 'MySQL' })).toBeVisible();
  },
};

/** Success, syncing, needs re-authorization (with Reconnect), error (with Reconnect), and never synced. */
export const EveryStatus: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { dataSources: everyStatusDataSources } }),
  play: async (context) => {
    const t = storyTranslate(context);
    const table = await context.canvas.findByRole('table', { name: t('dataSources.title') });
    for (const status of ['success', 'syncing', 'needs_reauthorization', 'error'] as const) {
      await expect(within(table).getAllByText(t(`dataSources.status.${status}`)).length).toBeGreaterThan(0);
    }
    await expect(
      within(table).getByRole('button', { name: t('dataSources.reconnectLabel', { name: 'Stripe' }) }),
    ).toBeVisible();
    await expect(within(table).getByText(t('dataSources.never'))).toBeVisible();
  },
};

/** Reconnect starts the authorization again for that source, and the browser leaves for the provider. */
export const ReconnectStarted: Story = {
  parameters: connections({ api: { dataSources: everyStatusDataSources } }),
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    const reconnect = await canvas.findByRole('button', { name: t('dataSources.reconnectLabel', { name: 'Stripe' }) });
    await userEvent.click(reconnect);
    await waitFor(() => expect(reconnect).toHaveAttribute('aria-disabled', 'true'));
    const { locationAssign } = storyConnections(context);
    await expect(locationAssign).toHaveBeenCalledTimes(1);
    await expect(new URL(locationAssign.mock.calls[0]![0]).pathname).toBe('/connections/callback');
  },
};

/** The rows drawn, those of the table body that hold a source (not the gaps standing for the others). */
function drawnRows(table: HTMLElement): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')];
}

/** Scrolls the table's box to the end of what is loaded, and waits for the rows drawn to follow. */
async function scrollToLoadedEnd(table: HTMLElement): Promise<void> {
  const box = table.closest<HTMLElement>('.cw-table-scroll');
  if (!box) throw new Error('The table has no scrolling box.');
  box.scrollTop = box.scrollHeight;
  box.dispatchEvent(new Event('scroll'));
}

/**
 * An agency's account: 10,000 sources. A page of 100 comes first and more as the admin scrolls;
 * only the rows near the viewport are in the DOM, and the table tells assistive technology how
 * many there are and where each drawn row stands.
 */
export const TenThousandRows: Story = {
  parameters: connections({ api: { dataSources: manyDataSources(10_000) } }),
  play: async (context) => {
    const table = await context.canvas.findByRole('table', { name: storyTranslate(context)('dataSources.title') });
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    await expect(drawnRows(table).length).toBeLessThan(80);
    await expect(drawnRows(table)[0]).toHaveAttribute('aria-rowindex', '2');
    await scrollToLoadedEnd(table);
    // The next page arrives and the window moves on: rows past the first hundred are drawn.
    await waitFor(() => expect(Number(drawnRows(table).at(-1)?.getAttribute('aria-rowindex'))).toBeGreaterThan(101));
    await expect(drawnRows(table).length).toBeLessThan(80);
    // Tab from a drawn row's last button reaches the next row, drawn or not a moment before.
    const lastDrawn = drawnRows(table).at(-1)!;
    const buttons = within(lastDrawn).getAllByRole('button');
    buttons.at(-1)!.focus();
    await context.userEvent.tab();
    const next = Number(lastDrawn.getAttribute('aria-rowindex')) + 1;
    await waitFor(() => expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', String(next)));
  },
};

/** Searched and filtered by the backend: the sources needing attention whose name has "Stripe". */
export const Filtered: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({ api: { dataSources: manyDataSources(400) } }),
  args: { view: { q: 'stripe', status: 'attention', sort: 'name', order: 'asc' } },
  play: async (context) => {
    const t = storyTranslate(context);
    const table = await context.canvas.findByRole('table', { name: t('dataSources.title') });
    await expect(context.canvas.getByRole('searchbox', { name: t('dataSources.search') })).toHaveValue('stripe');
    await waitFor(() => expect(drawnRows(table).length).toBeGreaterThan(0));
    for (const row of drawnRows(table)) {
      await expect(within(row).getByRole('rowheader')).toHaveTextContent(/Stripe/);
    }
  },
};

/** A search that matches nothing says so, and offers to clear it. */
export const EmptySearchResult: Story = {
  tags: ['every-theme-and-locale'],
  args: { view: { q: 'no such source', status: 'all', sort: 'name', order: 'asc' } },
  play: async (context) => {
    const t = storyTranslate(context);
    await expect(await context.canvas.findByText(t('dataSources.noMatches'))).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('dataSources.clearFilters') })).toBeVisible();
    await expect(context.canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

/** The next page fails while the admin scrolls: the rows stay, an alert says so, Try again loads it. */
export const NextPageFails: Story = {
  parameters: connections({ api: { dataSources: manyDataSources(300) } }),
  play: async (context) => {
    const t = storyTranslate(context);
    const table = await context.canvas.findByRole('table', { name: t('dataSources.title') });
    const memoryApi = storyConnections(context).memoryApi;
    memoryApi.setFailure('listDataSources', apiErrors.server());
    await scrollToLoadedEnd(table);
    const retry = await expectErrorPanel(context, 'dataSources.loadMoreError', 'error.server');
    await expect(drawnRows(table).length).toBeGreaterThan(0);
    memoryApi.setFailure('listDataSources', null);
    await context.userEvent.click(retry);
    await waitFor(() => expect(context.canvas.queryByRole('alert')).not.toBeInTheDocument());
    await scrollToLoadedEnd(table);
    await waitFor(() => expect(Number(drawnRows(table).at(-1)?.getAttribute('aria-rowindex'))).toBeGreaterThan(101));
  },
};

/** Names and connections wider than their columns wrap instead of widening the table. */
export const LongNamesWrap: Story = {
  parameters: connections({ api: { dataSources: longNameDataSources } }),
  play: async (context) => {
    const table = await context.canvas.findByRole('table', { name: storyTranslate(context)('dataSources.title') });
    const name = within(table).getByRole('rowheader', { name: longNameDataSources[1].name });
    // Wrapped: the cell is taller than one line of text.
    await expect(name.getBoundingClientRect().height).toBeGreaterThan(
      parseFloat(getComputedStyle(name).lineHeight) * 1.5,
    );
  },
};

/** Markup and direction overrides in names show as typed: no element is created from them. */
export const HostileTextShownAsText: Story = {
  parameters: connections({ api: { dataSources: hostileDataSources } }),
  play: async (context) => {
    const table = await context.canvas.findByRole('table', { name: storyTranslate(context)('dataSources.title') });
    await expect(within(table).getByRole('rowheader', { name: '<script>alert("name")</script>' })).toBeVisible();
    await expect(within(table).getByText('<img src=x onerror="alert(\'connection\')">')).toBeVisible();
    await expect(within(table).getByRole('rowheader', { name: 'Invoices \u202Egpj.exe' })).toBeVisible();
    await expect(table.querySelector('script, img')).toBeNull();
  },
};

/** Delete asks first; focus starts on Cancel, the harmless choice. */
export const DeleteConfirmationOpen: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(await canvas.findByRole('button', { name: t('dataSources.deleteLabel', { name: 'MySQL' }) }));
    const dialog = canvas.getByRole('dialog', { name: t('deleteDialog.title', { name: 'MySQL' }) });
    await expect(dialog).toHaveAccessibleDescription(t('deleteDialog.body'));
    await expect(within(dialog).getByRole('button', { name: t('common.cancel') })).toHaveFocus();
  },
};

/** `<connections-widget>` (the whole widget, in its shadow root) with the story's API. */
function WidgetElement({ api }: { api: ConnectionsApi }) {
  return (
    <div
      ref={(host) => {
        if (!host) return;
        const element = document.createElement('connections-widget');
        element.setAttribute('user-role', 'admin');
        element.setAttribute('routing', 'memory');
        element.api = api;
        host.append(element);
        return () => element.remove();
      }}
    />
  );
}

/**
 * The confirmation inside the custom element's shadow root is modal too: where the widget's
 * other buttons are painted the browser's hit testing finds the dialog, and they refuse focus.
 */
export const DeleteConfirmationInShadowRoot: Story = {
  render: (_args, context) => <WidgetElement api={storyConnections(context).api} />,
  play: async (context) => {
    const t = storyTranslate(context);
    const host = await waitFor(() => {
      const element = context.canvasElement.querySelector('connections-widget');
      if (!element?.shadowRoot) throw new Error('The element has not rendered yet.');
      return element.shadowRoot;
    });
    const widget = within(host.querySelector<HTMLElement>('.cw-root')!);
    const trigger = await widget.findByRole('button', { name: t('dataSources.deleteLabel', { name: 'MySQL' }) });
    await context.userEvent.click(trigger);
    const dialog = widget.getByRole('dialog', { name: t('deleteDialog.title', { name: 'MySQL' }) });
    const cancel = within(dialog).getByRole('button', { name: t('common.cancel') });
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(host.activeElement).toBe(cancel);

    const add = widget.getByRole('button', { name: t('connections.add') });
    const { x, y, width, height } = add.getBoundingClientRect();
    await expect(host.elementFromPoint(x + width / 2, y + height / 2)).toBe(dialog);
    add.focus();
    await expect(host.activeElement).toBe(cancel);

    // What Escape does (a script's key press is no close request).
    (dialog as HTMLDialogElement).requestClose();
    await waitFor(() => expect(widget.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(host.activeElement).toBe(trigger);
  },
};

/** Confirming removes the row and says so. */
export const DeleteConfirmed: Story = {
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent } = context;
    await userEvent.click(
      await canvas.findByRole('button', { name: t('dataSources.deleteLabel', { name: 'Push API' }) }),
    );
    const dialog = canvas.getByRole('dialog', { name: t('deleteDialog.title', { name: 'Push API' }) });
    await userEvent.click(within(dialog).getByRole('button', { name: t('deleteDialog.confirm') }));
    await expect(await canvas.findByText(t('dataSources.deleted', { name: 'Push API' }))).toBeVisible();
    await expect(canvas.queryByRole('rowheader', { name: 'Push API' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        storyConnections(context)
          .memoryApi.snapshot()
          .map((source) => source.name),
      ).not.toContain('Push API'),
    );
  },
};

/** A Standard (or Read-Only) user sees a notice instead of the table. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'standard' },
  play: async (context) => {
    await expectRequiresAdmin(context);
    await expect(context.canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};
