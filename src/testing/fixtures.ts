import type { DataSource } from '../api/types';

/** The product's catalog, as the packaged server answers it by default. */
export { productCatalog as catalogIntegrations } from '../api/productCatalog';

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
