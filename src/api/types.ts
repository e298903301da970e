import type { components } from './schema.gen';

type Schemas = components['schemas'];

/** An integration of the catalog (Stripe, MySQL, …) and whether this account may connect it. */
export type Integration = Schemas['Integration'];
/** How the picker groups integrations. */
export type IntegrationCategory = Schemas['IntegrationCategory'];
/** A connected data source, one row of the Data Sources table. */
export type DataSource = Schemas['DataSource'];
/** Where a data source stands: synced, syncing, waiting for re-authorization, or failing. */
export type DataSourceStatus = Schemas['DataSourceStatus'];
/** What the backend answers when an authorization starts: where to send the browser, and the `state` it will echo. */
export type AuthorizationStart = Schemas['AuthorizationStart'];
/** What the provider sent back to the redirect URI: a code, or an error such as `access_denied`. */
export type AuthorizationCompletion = Schemas['AuthorizationCompletion'];
/** The error body every failing endpoint answers. */
export type ErrorBody = Schemas['ErrorBody'];
