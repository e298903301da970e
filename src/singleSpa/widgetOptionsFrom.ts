import type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';
import type { SingleSpaProps } from './SingleSpaProps';

/** The custom props the widget reads; single-spa's own and the root config's others are not its business. */
export const widgetOptionNames = [
  'api',
  'role',
  'locale',
  'messages',
  'queryClient',
  'onEvent',
  'authorizationHosts',
  'theme',
  'basename',
  'routing',
] as const satisfies readonly (keyof ConnectionsWidgetProps)[];

/**
 * The widget's options among single-spa's props; a prop that is absent leaves the option as it was.
 * Own properties only: a `role` or `api` put on `Object.prototype` by a polluting script in the
 * host page must not reach the widget.
 */
export function widgetOptionsFrom(props: SingleSpaProps): Partial<ConnectionsWidgetProps> {
  const options: Record<string, unknown> = {};
  for (const name of widgetOptionNames) {
    if (Object.hasOwn(props, name)) options[name] = props[name];
  }
  return options as Partial<ConnectionsWidgetProps>;
}
