// The remote's `./mountConnectionsWidget`: the mount function, for a host that is not React.
import type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';
import { mountConnectionsWidget as mount, type ConnectionsWidgetHandle } from '../widget/mountConnectionsWidget';
import { assertSharedReact } from './assertSharedReact';
import '../styles/index.css';

/** `mountConnectionsWidget`, refusing to mount under a React it cannot run on (see `assertSharedReact`). */
export function mountConnectionsWidget(element: Element, options: ConnectionsWidgetProps): ConnectionsWidgetHandle {
  assertSharedReact();
  return mount(element, options);
}

export type { ConnectionsWidgetHandle, ConnectionsWidgetProps };
export { createHttpConnectionsApi } from '../api/createHttpConnectionsApi';
export { defaultAuthorizationHosts } from '../oauth/defaultAuthorizationHosts';
