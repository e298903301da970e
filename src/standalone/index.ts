'use client';
// The bundle for pages without React: React, React Router and TanStack Query are inside it.
import { defineConnectionsWidgetElement } from '../element/defineConnectionsWidgetElement';

// Loading the bundle registers <connections-widget>; on a server it does nothing.
defineConnectionsWidgetElement();

export { defineConnectionsWidgetElement };
export type { ConnectionsWidgetElement } from '../element/ConnectionsWidgetElement';
export { mountConnectionsWidget } from '../widget/mountConnectionsWidget';
export type { ConnectionsWidgetHandle } from '../widget/mountConnectionsWidget';
export type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';
export { createHttpConnectionsApi } from '../api/createHttpConnectionsApi';
export type { HttpConnectionsApiOptions } from '../api/createHttpConnectionsApi';
export { ConnectionsApiError, isConnectionsApiError } from '../api/ConnectionsApiError';
export type { ConnectionsApi, RequestOptions } from '../api/ConnectionsApi';
export type { ConnectionsEvent } from '../context/ConnectionsEvent';
export type { Role } from '../context/Role';
export type { AuthorizationMode } from '../context/AuthorizationMode';
export type { Locale } from '../i18n/catalogs';
export { defaultAuthorizationHosts } from '../oauth/defaultAuthorizationHosts';
