'use client';

export { ConnectionsProvider } from './components/ConnectionsProvider/ConnectionsProvider';
export type { ConnectionsProviderProps } from './components/ConnectionsProvider/ConnectionsProvider';
export { useConnections } from './context/ConnectionsContext';
export type { ConnectionsContextValue, Theme } from './context/ConnectionsContext';
export type { ConnectionsEvent } from './context/ConnectionsEvent';
export type { Role } from './context/Role';
export type { AuthorizationMode } from './context/AuthorizationMode';
export type { Locale } from './i18n/catalogs';
export type { MessageKey, Messages } from './i18n/en';

export { DataSourcesTable } from './components/DataSourcesTable/DataSourcesTable';
export type { DataSourcesTableProps } from './components/DataSourcesTable/DataSourcesTable';
export type { DataSourcesView, DataSourceStatusFilter } from './components/DataSourcesTable/dataSourcesView';
export { readDataSourcesView, writeDataSourcesView } from './components/DataSourcesTable/dataSourcesViewParams';
export { AddDataSourcePicker } from './components/AddDataSourcePicker/AddDataSourcePicker';
export type { AddDataSourcePickerProps } from './components/AddDataSourcePicker/AddDataSourcePicker';
export { StripeAuthorizationPage } from './components/StripeAuthorizationPage/StripeAuthorizationPage';
export type { StripeAuthorizationPageProps } from './components/StripeAuthorizationPage/StripeAuthorizationPage';
export { AuthorizationCallback } from './components/AuthorizationCallback/AuthorizationCallback';
export type { AuthorizationCallbackProps } from './components/AuthorizationCallback/AuthorizationCallback';
export { ConnectionSuccessBanner } from './components/ConnectionSuccessBanner/ConnectionSuccessBanner';
export type { ConnectionSuccessBannerProps } from './components/ConnectionSuccessBanner/ConnectionSuccessBanner';
export { useConnectionSuccess } from './components/ConnectionSuccessBanner/useConnectionSuccess';
export type { ConnectionSuccessHandle } from './components/ConnectionSuccessBanner/useConnectionSuccess';
export type { ConnectionSuccess } from './oauth/connectionSuccessState';
export { ConnectionsWidget } from './widget/ConnectionsWidget';
export type { ConnectionsWidgetProps } from './widget/ConnectionsWidget';
export { mountConnectionsWidget } from './widget/mountConnectionsWidget';
export type { ConnectionsWidgetHandle } from './widget/mountConnectionsWidget';

export { createHttpConnectionsApi } from './api/createHttpConnectionsApi';
export type { HttpConnectionsApiOptions } from './api/createHttpConnectionsApi';
export { ConnectionsApiError, isConnectionsApiError } from './api/ConnectionsApiError';
export type { ConnectionsApiErrorKind, ConnectionsApiErrorOptions } from './api/ConnectionsApiError';
export type { ConnectionsApi, RequestOptions } from './api/ConnectionsApi';
export type {
  AuthorizationCompletion,
  AuthorizationStart,
  DataSource,
  DataSourcePage,
  DataSourceQuery,
  DataSourceSortColumn,
  DataSourceStatus,
  DataSourceStatusReason,
  ErrorBody,
  Integration,
  IntegrationCategory,
  SortOrder,
} from './api/types';
export { queryKeys as connectionsQueryKeys } from './queries/queryKeys';
export { defaultAuthorizationHosts } from './oauth/defaultAuthorizationHosts';
