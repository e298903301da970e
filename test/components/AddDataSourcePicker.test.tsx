import { screen, within } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { Integration } from '../../src/api/types';
import {
  AddDataSourcePicker,
  type AddDataSourcePickerProps,
} from '../../src/components/AddDataSourcePicker/AddDataSourcePicker';
import type { Role } from '../../src/context/Role';
import {
  createMemoryConnectionsApi,
  type MemoryConnectionsApiOptions,
} from '../../src/testing/createMemoryConnectionsApi';
import { catalogIntegrations } from '../../src/testing/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { renderWithConnections, type RenderWithConnectionsOptions } from '../support/renderWithConnections';

function renderPicker(
  options: { api?: MemoryConnectionsApiOptions; props?: Partial<AddDataSourcePickerProps> } & Omit<
    RenderWithConnectionsOptions,
    'api'
  > = {},
) {
  const { api: apiOptions, props, ...renderOptions } = options;
  const api = createMemoryConnectionsApi(apiOptions);
  const onSelect = vi.fn<(integration: Integration) => void>();
  const result = renderWithConnections(<AddDataSourcePicker onSelect={onSelect} {...props} />, {
    api,
    ...renderOptions,
  });
  return { ...result, api, onSelect };
}

// The tile's name is its text without the monogram, which is hidden from assistive technology.
const tileNames = (region: HTMLElement = document.body) =>
  within(region)
    .queryAllByRole('button')
    .map((tile) => tile.querySelector('.cw-tile__name')?.textContent);
const summary = () => screen.getAllByRole('status').find((region) => region.classList.contains('cw-picker__summary'));

describe('AddDataSourcePicker', () => {
  it('offers the enabled catalog as tiles grouped into SaaS integrations, Databases and Files', async () => {
    renderPicker();
    expect(screen.getByRole('heading', { name: 'Add a Data Source' })).toBeInTheDocument();

    const saas = await screen.findByRole('region', { name: 'SaaS integrations' });
    const databases = screen.getByRole('region', { name: 'Databases' });
    const files = screen.getByRole('region', { name: 'Files' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'SaaS integrations',
      'Databases',
      'Files',
    ]);
    expect(tileNames(saas)).toEqual([
      'Facebook Ads',
      'Google Adwords',
      'Google Analytics',
      'Google ECommerce',
      'Mixpanel',
      'PrestaShop',
      'QuickBooks',
      'Spree',
      'Stripe',
      'WooCommerce',
      'Zendesk',
    ]);
    expect(within(saas).getByRole('list')).toBeInTheDocument();
    expect(tileNames(databases)).toEqual([
      'Adobe Commerce',
      'Amazon RDS',
      'Microsoft SQL Server',
      'MongoDB',
      'MySQL',
      'PostgreSQL',
    ]);
    expect(tileNames(files)).toEqual(['File Upload']);

    const stripe = within(saas).getByRole('button', { name: 'Stripe' });
    expect(stripe.querySelector('svg')).not.toBeNull();
    expect(within(saas).getByRole('button', { name: 'Google Analytics' })).toHaveTextContent(/^GAGoogle Analytics$/);
  });

  it('passes axe with the whole catalog shown', async () => {
    const { container } = renderPicker();
    await screen.findByRole('region', { name: 'SaaS integrations' });
    await expectNoAxeViolations(container);
  });

  it('does not offer integrations the account has not enabled, not even through the search', async () => {
    const { user } = renderPicker();
    await screen.findByRole('region', { name: 'SaaS integrations' });
    expect(screen.queryByRole('button', { name: 'Adobe Analytics' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Salesforce' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'salesforce');
    expect(summary()).toHaveTextContent('No integration matches “salesforce”.');
    expect(screen.queryByRole('button', { name: 'Salesforce' })).not.toBeInTheDocument();
  });

  it('filters by name ignoring case and surrounding spaces, and announces how many match', async () => {
    const { user, container } = renderPicker();
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });
    expect(summary()).toHaveTextContent(/^$/);

    await user.type(search, '  GOOGLE ');
    expect(tileNames(screen.getByRole('region', { name: 'SaaS integrations' }))).toEqual([
      'Google Adwords',
      'Google Analytics',
      'Google ECommerce',
    ]);
    expect(screen.queryByRole('region', { name: 'Databases' })).not.toBeInTheDocument();
    expect(summary()).toHaveTextContent('3 integrations found.');
    await expectNoAxeViolations(container);

    await user.clear(search);
    await user.type(search, 'stripe');
    expect(summary()).toHaveTextContent('1 integration found.');
  });

  it('matches without regard to accents, in the query or in the names', async () => {
    const { user } = renderPicker({
      api: {
        integrations: [...catalogIntegrations, { id: 'acai', name: 'Açaí Analytics', category: 'saas', enabled: true }],
      },
    });
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });

    await user.type(search, 'pôstgré');
    expect(tileNames()).toEqual(['PostgreSQL']);

    await user.clear(search);
    await user.type(search, 'acai');
    expect(tileNames()).toEqual(['Açaí Analytics']);
  });

  it('says when nothing matches, quoting the search', async () => {
    const { user, container } = renderPicker();
    await user.type(await screen.findByRole('searchbox', { name: 'Search integrations' }), 'Oracle');

    expect(summary()).toHaveTextContent('No integration matches “Oracle”.');
    expect(screen.queryAllByRole('region', { name: /integrations|Databases|Files/ })).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('says so when the account has no integration enabled', async () => {
    renderPicker({
      api: { integrations: [{ id: 'salesforce', name: 'Salesforce', category: 'saas', enabled: false }] },
    });
    expect(await screen.findByText('No integrations are available for your account yet.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('is operated from the keyboard: Tab reaches a tile, Enter and Space choose it', async () => {
    const { user, onSelect } = renderPicker();
    await screen.findByRole('region', { name: 'SaaS integrations' });

    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search integrations' })).toHaveFocus();
    await user.keyboard('stripe');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Stripe' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ id: 'stripe', name: 'Stripe', category: 'saas', enabled: true });

    await user.tab({ shift: true });
    await user.clear(screen.getByRole('searchbox', { name: 'Search integrations' }));
    await user.keyboard('mysql');
    await user.tab();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith({ id: 'mysql', name: 'MySQL', category: 'database', enabled: true });
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('moves between tiles with the arrow keys, Home and End, across the groups', async () => {
    const { user } = renderPicker();
    await screen.findByRole('region', { name: 'SaaS integrations' });
    screen.getByRole('button', { name: 'Zendesk' }).focus();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Adobe Commerce' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'WooCommerce' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'File Upload' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'File Upload' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Facebook Ads' })).toHaveFocus();
  });

  it('says it is loading while the catalog is on its way', async () => {
    const { container } = renderPicker({ api: { latencyMs: Infinity } });
    expect(screen.getByText('Loading integrations…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('explains a failed load and shows the catalog once Try again succeeds', async () => {
    const { user, api, container } = renderPicker({
      api: { failures: { listIntegrations: new ConnectionsApiError('network', 'offline') } },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The integrations could not be loaded.');
    expect(alert).toHaveTextContent('The server could not be reached. Check your connection and try again.');
    await expectNoAxeViolations(container);

    api.setFailure('listIntegrations', null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Stripe' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each<[string, { role?: Role; props?: Partial<AddDataSourcePickerProps> }]>([
    ['the provider says so', { role: 'read-only' }],
    ['its role prop overrides an admin provider', { props: { role: 'standard' } }],
  ])('shows a non-admin the permission notice and asks nothing of the backend when %s', async (_case, options) => {
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listIntegrations');
    const { container } = renderWithConnections(<AddDataSourcePicker onSelect={() => {}} {...options.props} />, {
      api,
      role: options.role,
    });

    expect(screen.getByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('speaks Brazilian Portuguese', async () => {
    const { user, container } = renderPicker({ locale: 'pt-BR', theme: 'dark' });
    // The pt-BR catalog is a chunk of its own: nothing shows until it is here.
    expect(await screen.findByRole('heading', { name: 'Adicionar uma fonte de dados' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Integrações SaaS' });
    expect(screen.getByRole('region', { name: 'Bancos de dados' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Arquivos' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Pesquisar integrações' }), 'google');
    expect(summary()).toHaveTextContent('3 integrações encontradas.');
    await expectNoAxeViolations(container);
  });

  it('renders a hostile integration name as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Eevil';
    const { container } = renderPicker({
      api: { integrations: [{ id: 'x', name: hostile, category: 'file', enabled: true }] },
    });
    expect(await screen.findByRole('button', { name: hostile })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
