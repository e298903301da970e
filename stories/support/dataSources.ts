import type { DataSource, DataSourceStatus } from '../../src/api/types';
import { catalogIntegrations, productDataSources } from '../../src/testing/fixtures';

const [mysql] = productDataSources;

/** One source in each status, plus one that has never finished a sync. */
export const everyStatusDataSources = [
  mysql,
  {
    id: 'ds_stripe',
    name: 'Stripe',
    integrationId: 'stripe',
    connection: 'acct_1QExampleStripe',
    status: 'needs_reauthorization',
    lastConnectionStartedAt: '2026-11-20T09:12:00.000Z',
    lastConnectionDurationSeconds: 95,
  },
  {
    id: 'ds_postgresql',
    name: 'PostgreSQL',
    integrationId: 'postgresql',
    connection: 'warehouse.example.com:5432/analytics',
    status: 'syncing',
    lastConnectionStartedAt: '2026-11-26T05:58:00.000Z',
    lastConnectionDurationSeconds: null,
  },
  {
    id: 'ds_zendesk',
    name: 'Zendesk',
    integrationId: 'zendesk',
    connection: 'example.zendesk.com',
    status: 'error',
    lastConnectionStartedAt: '2026-11-25T18:40:00.000Z',
    lastConnectionDurationSeconds: 12,
  },
  {
    id: 'ds_mongodb',
    name: 'MongoDB',
    integrationId: 'mongodb',
    connection: 'cluster0.example.mongodb.net/orders',
    status: 'syncing',
    lastConnectionStartedAt: null,
    lastConnectionDurationSeconds: null,
  },
] as const satisfies readonly DataSource[];

/** Names and connections far wider than their columns, with and without places to break. */
export const longNameDataSources = [
  {
    id: 'ds_long_words',
    name: 'Production PostgreSQL read replica for the EMEA analytics warehouse, refreshed nightly with a full resync of every table',
    integrationId: 'postgresql',
    connection: 'replica-eu-west-1.analytics-warehouse.internal.example.com:5432/analytics_production_reporting',
    status: 'success',
    lastConnectionStartedAt: '2026-11-26T02:00:00.000Z',
    lastConnectionDurationSeconds: 5400,
  },
  {
    id: 'ds_long_unbroken',
    name: 'GoogleECommerceStoreFrontEuropeanUnionAndUnitedKingdomPropertyWithoutAnySpacesAtAll',
    integrationId: 'google-ecommerce',
    connection: 'UA-000000000000000000000000000000000000000000000000-1',
    status: 'error',
    lastConnectionStartedAt: '2026-11-25T12:00:00.000Z',
    lastConnectionDurationSeconds: 3,
  },
  ...productDataSources,
] as const satisfies readonly DataSource[];

/**
 * Text an attacker (or a careless admin) could put in a name or connection: markup, a
 * right-to-left override that reverses what follows, mixed-direction text. It must show as
 * typed, never as markup, and never flip the columns around it.
 */
export const hostileDataSources = [
  {
    id: 'ds_script',
    name: '<script>alert("name")</script>',
    integrationId: 'mysql',
    connection: '<img src=x onerror="alert(\'connection\')">',
    status: 'success',
    lastConnectionStartedAt: '2026-11-26T03:00:00.000Z',
    lastConnectionDurationSeconds: 60,
  },
  {
    id: 'ds_rtl_override',
    name: 'Invoices \u202Egpj.exe',
    integrationId: 'file-upload',
    connection: '\u202Ecom.example.files',
    status: 'error',
    lastConnectionStartedAt: '2026-11-26T01:00:00.000Z',
    lastConnectionDurationSeconds: 8,
  },
  {
    id: 'ds_mixed_direction',
    name: 'מסד נתונים ראשי (main)',
    integrationId: 'postgresql',
    connection: 'db.example.co.il',
    status: 'syncing',
    lastConnectionStartedAt: '2026-11-26T05:00:00.000Z',
    lastConnectionDurationSeconds: null,
  },
] as const satisfies readonly DataSource[];

const statuses: readonly DataSourceStatus[] = ['success', 'syncing', 'needs_reauthorization', 'error'];

/** `count` sources cycling through the catalog and the statuses, an hour apart. */
export function manyDataSources(count: number): DataSource[] {
  return Array.from({ length: count }, (_, index) => {
    const integration = catalogIntegrations[index % catalogIntegrations.length]!;
    const status = statuses[index % statuses.length]!;
    return {
      id: `ds_many_${index + 1}`,
      name: `${integration.name} ${index + 1}`,
      integrationId: integration.id,
      connection: `${integration.id}-${index + 1}.example.com`,
      status,
      lastConnectionStartedAt: new Date(Date.UTC(2026, 10, 26, 5) - index * 3_600_000).toISOString(),
      lastConnectionDurationSeconds: status === 'syncing' ? null : 30 + ((index * 37) % 3600),
    };
  });
}
