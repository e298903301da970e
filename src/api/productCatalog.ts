import type { Integration } from './types';

/**
 * The product's catalog: SaaS integrations, databases and file upload, what the server answers by
 * default (`integrations` option) and the test kit's in-memory API starts with. Adobe Analytics and
 * Salesforce are disabled, as integrations that must be enabled for an account first.
 */
export const productCatalog = [
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
