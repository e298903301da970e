import type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';
import { mountConnectionsWidget, type ConnectionsWidgetHandle } from '../widget/mountConnectionsWidget';
import type { SingleSpaProps } from './SingleSpaProps';
import { widgetOptionNames, widgetOptionsFrom } from './widgetOptionsFrom';

export interface SingleSpaConnectionsWidgetOptions extends Partial<ConnectionsWidgetProps> {
  /**
   * The element to render into, for an application that has one ready in the page. Without it
   * the widget renders into single-spa's `domElement` prop (a parcel's), and otherwise into
   * `<div id="single-spa-application:NAME">`, created at the end of `<body>` when missing and
   * removed again at unmount.
   */
  domElementGetter?: (props: SingleSpaProps) => Element;
}

/** The lifecycles single-spa calls; each answers a Promise, as single-spa expects. */
export interface ConnectionsWidgetLifecycles {
  bootstrap(props: SingleSpaProps): Promise<void>;
  mount(props: SingleSpaProps): Promise<void>;
  /** Renders again with the props' widget options over the current ones (parcels: `parcel.update(props)`). */
  update(props: SingleSpaProps): Promise<void>;
  unmount(props: SingleSpaProps): Promise<void>;
}

interface Mounted {
  widget: ConnectionsWidgetHandle;
  /** The element this module created for the application, removed at unmount. */
  created: Element | undefined;
}

const prefix = 'connections-widget/single-spa';

/** A prop the object itself has, never one inherited (a polluted `Object.prototype`). */
const own = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** What the widgets are told apart by; single-spa always gives a name, a direct call may not. */
const keyOf = (props: SingleSpaProps) => own(props, 'name') ?? 'connections-widget';

/**
 * single-spa lifecycles for `ConnectionsWidget`: `options` are the defaults, and the widget
 * options among single-spa's custom props override them at mount and at each update. One set
 * of lifecycles may serve several applications or parcels at once, told apart by `name`.
 */
export function singleSpaConnectionsWidget(
  options: SingleSpaConnectionsWidgetOptions = {},
): ConnectionsWidgetLifecycles {
  // The rest takes own properties only; the getter is read the same way.
  const { domElementGetter: _, ...defaults } = options;
  const domElementGetter = own(options, 'domElementGetter');
  const mounted = new Map<string, Mounted>();

  function placeFor(props: SingleSpaProps): { element: Element; created: Element | undefined } {
    const given = domElementGetter?.(props) ?? own(props, 'domElement');
    if (given) return { element: given, created: undefined };
    const id = `single-spa-application:${keyOf(props)}`;
    const existing = document.getElementById(id);
    if (existing) return { element: existing, created: undefined };
    const created = document.createElement('div');
    created.id = id;
    document.body.append(created);
    return { element: created, created };
  }

  return {
    // Nothing to prepare: the widget loads its data when it mounts.
    bootstrap: async () => {},

    mount: async (props) => {
      const name = keyOf(props);
      if (mounted.has(name)) throw new Error(`${prefix}: "${name}" is mounted already.`);
      // Every option an own property (undefined when not given): the widget's defaults then
      // apply, not values a polluted Object.prototype would lend to a missing one.
      const widgetOptions = {
        ...Object.fromEntries(widgetOptionNames.map((option) => [option, undefined])),
        ...defaults,
        ...widgetOptionsFrom(props),
      } as Partial<ConnectionsWidgetProps>;
      const { api, role } = widgetOptions;
      if (!api) {
        throw new Error(
          `${prefix}: "${name}" has no \`api\`. Give one to singleSpaConnectionsWidget({ api }) or as a custom prop of the application or parcel.`,
        );
      }
      const { element, created } = placeFor(props);
      // A root config that forgot the role gets the least privileged one, as <connections-widget> does.
      const widget = mountConnectionsWidget(element, { ...widgetOptions, api, role: role ?? 'read-only' });
      mounted.set(name, { widget, created });
    },

    update: async (props) => {
      const current = mounted.get(keyOf(props));
      if (!current) throw new Error(`${prefix}: "${keyOf(props)}" is not mounted, so it cannot be updated.`);
      current.widget.update(widgetOptionsFrom(props));
    },

    unmount: async (props) => {
      const current = mounted.get(keyOf(props));
      if (!current) return;
      mounted.delete(keyOf(props));
      current.widget.unmount();
      current.created?.remove();
    },
  };
}
