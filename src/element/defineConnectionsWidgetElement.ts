import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionsApi } from '../api/ConnectionsApi';
import type { ConnectionsEvent } from '../context/ConnectionsEvent';
import { mountConnectionsWidget, type ConnectionsWidgetHandle } from '../widget/mountConnectionsWidget';
import { adoptWidgetStyles } from './adoptWidgetStyles';
import type { ConnectionsWidgetElement } from './ConnectionsWidgetElement';
import { readWidgetAttributes, widgetAttributes } from './readWidgetAttributes';

/** Properties a host may set before the element is defined; they are taken over on upgrade. */
const properties = ['api', 'onEvent', 'authorizationHosts', 'queryClient'] as const;

/**
 * Registers `<connections-widget>` (or the element under another name), unless this page has
 * no custom elements (a server) or the name is taken (say, by another copy of the package).
 */
export function defineConnectionsWidgetElement(tagName = 'connections-widget'): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, createElementClass());
}

/** Made on demand: `HTMLElement` does not exist where the module may be imported (a server). */
function createElementClass(): CustomElementConstructor {
  return class extends HTMLElement implements ConnectionsWidgetElement {
    static readonly observedAttributes = widgetAttributes;

    #api: ConnectionsApi | undefined;
    #onEvent: ((event: ConnectionsEvent) => void) | undefined;
    #authorizationHosts: readonly string[] | undefined;
    #queryClient: QueryClient | undefined;
    #renderRoot: ParentNode | undefined;
    #widget: { handle: ConnectionsWidgetHandle; container: HTMLElement } | undefined;

    constructor() {
      super();
      // A value set on the element before its definition loaded is an own property hiding the
      // accessor below; move it behind the accessor.
      for (const name of properties) {
        if (!Object.hasOwn(this, name)) continue;
        const value: unknown = this[name];
        Reflect.deleteProperty(this, name);
        Reflect.set(this, name, value);
      }
    }

    get api() {
      return this.#api;
    }
    set api(value) {
      this.#api = value;
      this.#render();
    }

    get onEvent() {
      return this.#onEvent;
    }
    set onEvent(value) {
      this.#onEvent = value;
      this.#render();
    }

    get authorizationHosts() {
      return this.#authorizationHosts;
    }
    set authorizationHosts(value) {
      this.#authorizationHosts = value;
      this.#render();
    }

    get queryClient() {
      return this.#queryClient;
    }
    set queryClient(value) {
      this.#queryClient = value;
      this.#render();
    }

    connectedCallback() {
      this.#render();
    }

    disconnectedCallback() {
      // Later, not now: an element moved elsewhere is back before the microtask and keeps its
      // widget, and a React host removing it mid-commit must not see another root unmount there.
      queueMicrotask(() => {
        if (!this.isConnected) this.#unmount();
      });
    }

    attributeChangedCallback() {
      this.#render();
    }

    #render() {
      if (!this.isConnected) return;
      if (!this.#api) {
        this.#unmount();
        return;
      }
      const options = {
        ...readWidgetAttributes(this),
        api: this.#api,
        onEvent: this.#onEvent,
        authorizationHosts: this.#authorizationHosts,
        queryClient: this.#queryClient,
      };
      if (this.#widget) {
        this.#widget.handle.update(options);
        return;
      }
      const container = this.ownerDocument.createElement('div');
      this.#rendersInto().append(container);
      this.#widget = { container, handle: mountConnectionsWidget(container, options) };
    }

    #rendersInto(): ParentNode {
      if (!this.#renderRoot) {
        if (this.hasAttribute('light-dom')) {
          this.#renderRoot = this;
        } else {
          const shadowRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          adoptWidgetStyles(shadowRoot);
          this.#renderRoot = shadowRoot;
        }
      }
      return this.#renderRoot;
    }

    #unmount() {
      if (!this.#widget) return;
      this.#widget.handle.unmount();
      this.#widget.container.remove();
      this.#widget = undefined;
    }
  };
}
