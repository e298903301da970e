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
/** Why a source needs attention, when the table should say so. */
export type DataSourceStatusReason = Schemas['DataSourceStatusReason'];
/** The columns the backend sorts data sources by. */
export type DataSourceSortColumn = Schemas['DataSourceSortColumn'];
/** A sort direction. */
export type SortOrder = Schemas['SortOrder'];

/** Which data sources to list, in what order, and from where; every field is optional. */
export interface DataSourceQuery {
  /** At most this many (1–200); without it, every matching source in one answer. */
  limit?: number;
  /** The `nextCursor` of the page before, asked with the same sort and filters. */
  cursor?: string;
  /** @default 'name' */
  sort?: DataSourceSortColumn;
  /** @default 'asc' for names, 'desc' (newest first) for start times */
  order?: SortOrder;
  /** Text the name or the connection contains, ignoring case and accents. */
  q?: string;
  /** Only sources in one of these statuses. */
  status?: readonly DataSourceStatus[];
}

/** One page of data sources. */
export interface DataSourcePage {
  dataSources: DataSource[];
  /** Asks for the next page; null on the last. */
  nextCursor: string | null;
  /** How many sources match, over all pages. */
  total: number;
}
