import type {
  DataSourceSortColumn,
  DataSourceStatus,
  DataSourceStatusReason,
  ErrorBody,
  IntegrationCategory,
  SortOrder,
} from './types';

/**
 * Every member of `T` exactly once, in any order: a list that `satisfies` it and leaves a member
 * out, repeats one or names one the contract does not is a type error. (The permutations of a
 * union grow fast, which is fine for the contract's lists of at most four.)
 */
export type EveryOnce<T, Rest = T> = [T] extends [never]
  ? readonly []
  : T extends unknown
    ? readonly [T, ...EveryOnce<Exclude<Rest, T>>]
    : never;

/*
 * The closed lists of openapi.json, one copy each, in the document's order (which the
 * widget shows them in). A unit test holds each to the document's enum.
 */

/** `DataSourceStatus`: where a data source stands. */
export const dataSourceStatuses = [
  'success',
  'syncing',
  'needs_reauthorization',
  'error',
] as const satisfies EveryOnce<DataSourceStatus>;

/** `DataSourceStatusReason`: why a source needs attention. */
export const dataSourceStatusReasons = [
  'access_revoked',
  'refresh_refused',
  'sync_failed',
  'token_unreadable',
] as const satisfies EveryOnce<DataSourceStatusReason>;

/** `DataSourceSortColumn`: what `GET /data-sources` sorts by. */
export const sortColumns = ['name', 'lastConnectionStarted'] as const satisfies EveryOnce<DataSourceSortColumn>;

/** `SortOrder`: a sort direction. */
export const sortOrders = ['asc', 'desc'] as const satisfies EveryOnce<SortOrder>;

/** `IntegrationCategory`: the picker's sections, in the product's order. */
export const integrationCategories = ['saas', 'database', 'file'] as const satisfies EveryOnce<IntegrationCategory>;

/**
 * The codes `ErrorCode` names as known. The schema types the code as any string (a client must
 * tolerate codes it does not know), so only the unit test, which reads the document's
 * description, keeps this list whole.
 */
export const errorCodes = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'invalid_request',
  'integration_disabled',
  'redirect_uri_not_allowed',
  'invalid_cursor',
  'state_invalid',
  'state_expired',
  'state_used',
  'access_denied',
  'code_invalid',
  'scope_not_allowed',
  'provider_error',
  'rate_limited',
  'internal',
] as const satisfies readonly ErrorBody['error']['code'][];

/** An error code openapi.json documents; a backend may still answer others. */
export type KnownErrorCode = (typeof errorCodes)[number];
