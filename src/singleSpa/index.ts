'use client';
// connections-widget/single-spa: the widget as a single-spa application or parcel.
import { singleSpaConnectionsWidget } from './singleSpaConnectionsWidget';

/**
 * Ready-made lifecycles that take everything from single-spa's custom props (`api` and `role`
 * at least): `registerApplication({ name, app: () => import('connections-widget/single-spa'),
 * activeWhen, customProps })`.
 */
export const { bootstrap, mount, update, unmount } = singleSpaConnectionsWidget();

export { singleSpaConnectionsWidget };
export type { ConnectionsWidgetLifecycles, SingleSpaConnectionsWidgetOptions } from './singleSpaConnectionsWidget';
export type { SingleSpaProps } from './SingleSpaProps';
export type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';
