// The remote's `./ConnectionsWidget`: the component, for a host rendering it in its own tree.
import { ConnectionsWidget as Widget, type ConnectionsWidgetProps } from '../widget/ConnectionsWidget';
import { assertSharedReact } from './assertSharedReact';
import '../styles/index.css';

/** `ConnectionsWidget`, refusing to render under a React it cannot run on (see `assertSharedReact`). */
export function ConnectionsWidget(props: ConnectionsWidgetProps) {
  assertSharedReact();
  return <Widget {...props} />;
}

export type { ConnectionsWidgetProps };
export { createHttpConnectionsApi } from '../api/createHttpConnectionsApi';
export { defaultAuthorizationHosts } from '../oauth/defaultAuthorizationHosts';
