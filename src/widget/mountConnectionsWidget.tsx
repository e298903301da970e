import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConnectionsWidget, type ConnectionsWidgetProps } from './ConnectionsWidget';

/** The controls of a widget mounted with `mountConnectionsWidget`. */
export interface ConnectionsWidgetHandle {
  /**
   * Renders the widget again with these options over the current ones; an option given as
   * `undefined` goes back to its default. Does nothing once unmounted.
   */
  update(options: Partial<ConnectionsWidgetProps>): void;
  /**
   * Unmounts the widget and empties the element: its requests in flight are aborted, its
   * listeners and timers removed. Calling it again does nothing.
   */
  unmount(): void;
}

/** Tells this copy of the package from another on the same page (say, the standalone bundle). */
let copyId: string | undefined;
let mountCount = 0;

/**
 * Mounts `ConnectionsWidget` into `element` for a host without React (React comes from the
 * package's peers, or from the standalone bundle). The widget gets a React root of its own,
 * in StrictMode: free in production, and in development it checks the widget the way a React
 * host in StrictMode would.
 */
export function mountConnectionsWidget(element: Element, options: ConnectionsWidgetProps): ConnectionsWidgetHandle {
  // Each copy of React numbers its ids from the same start, and the standalone bundle brings
  // its own copy next to any the page has: a prefix per mount keeps the ids (and the labels
  // pointing at them) apart from the page's.
  copyId ??= Math.random().toString(36).slice(2, 6);
  const root = createRoot(element, { identifierPrefix: `cw-${copyId}-${++mountCount}-` });
  let current = options;
  let mounted = true;
  const render = () =>
    root.render(
      <StrictMode>
        <ConnectionsWidget {...current} />
      </StrictMode>,
    );
  render();
  return {
    update(next) {
      if (!mounted) return;
      current = { ...current, ...next };
      render();
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
    },
  };
}
