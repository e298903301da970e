import type { DataSource, Integration } from '../api/types';

/**
 * The product's catalog: SaaS integrations, databases and file upload. Adobe Analytics and
 * Salesforce are disabled, as integrations that must be enabled for an account first.
 */
export const catalogIntegrations = [
  { id: 'adobe-analytics', name: 'Adobe Analytics', category: 'saas', enabled: false },
  { id: 'facebook-ads', name: 'Facebook Ads', category: 'saas', enabled: true },
  { id: 'google-adwords', name: 'Google Adwords', category: 'saas', enabled: true },
  { id: 'google-analytics', name: 'Google Analytics', category: 'saas', enabled: true },
  { id: 'google-ecommerce', name: 'Google ECommerce', category: 'saas', enabled: true },
  { id: 'mixpanel', name: 'Mixpanel', category: 'saas', enabled: true },
  { id: 'prestashop', name: 'PrestaShop', category: 'saas', enabled: true },
  { id: 'quickbooks', name: 'QuickBooks', category: 'saas', enabled: true },
  { id: 'salesforce', name: 'Salesforce', category: 'saas', enabled: false },
  { id: 'spree', name: 'Spree', category: 'saas', enabled: true },
  { id: 'stripe', name: 'Stripe', category: 'saas', enabled: true },
  { id: 'woocommerce', name: 'WooCommerce', category: 'saas', enabled: true },
  { id: 'zendesk', name: 'Zendesk', category: 'saas', enabled: true },
  { id: 'amazon-rds', name: 'Amazon RDS', category: 'database', enabled: true },
  { id: 'adobe-commerce', name: 'Adobe Commerce', category: 'database', enabled: true },
  { id: 'microsoft-sql-server', name: 'Microsoft SQL Server', category: 'database', enabled: true },
  { id: 'mongodb', name: 'MongoDB', category: 'database', enabled: true },
  { id: 'mysql', name: 'MySQL', category: 'database', enabled: true },
  { id: 'postgresql', name: 'PostgreSQL', category: 'database', enabled: true },
  { id: 'file-upload', name: 'File Upload', category: 'file', enabled: true },
] as const satisfies readonly Integration[];

/** The product's own Data Sources table: a MySQL source, a Push API source, a Google ECommerce source. */
export const productDataSources = [
  {
    id: 'ds_mysql',
    name: 'MySQL',
    integrationId: 'mysql',
    connection: 'db.example.com:3306/store',
    status: 'success',
    lastConnectionStartedAt: '2026-11-26T03:15:00.000Z',
    lastConnectionDurationSeconds: 754,
  },
  {
    id: 'ds_push_api',
    name: 'Push API',
    integrationId: 'push-api',
    connection: 'Push API',
    status: 'success',
    lastConnectionStartedAt: '2026-11-26T04:00:00.000Z',
    lastConnectionDurationSeconds: 42,
  },
  {
    id: 'ds_google_ecommerce',
    name: 'Google ECommerce',
    integrationId: 'google-ecommerce',
    connection: 'UA-000000-1',
    status: 'success',
    lastConnectionStartedAt: '2026-11-25T22:30:00.000Z',
    lastConnectionDurationSeconds: 1310,
  },
] as const satisfies readonly DataSource[];
