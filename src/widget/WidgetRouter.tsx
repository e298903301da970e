import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { BrowserRouter, MemoryRouter, useInRouterContext } from 'react-router';

/** How a widget without a host router keeps its address; see `ConnectionsWidgetProps.routing`. */
export type WidgetRouting = 'browser' | 'memory';

export interface WidgetRouterProps {
  basename: string | undefined;
  routing: WidgetRouting;
  children: ReactNode;
}

const subscribeToNothing = () => () => {};

/**
 * False on a server and while hydrating what a server rendered, true in any other render in a
 * browser: React takes the server's answer while it hydrates, and renders again at once after.
 */
function useAddressBarReadable(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * Inside a host's router the widget uses it (its history, its nesting); without one it runs
 * its own router under `basename`: on the address bar, or in memory. On a server, where there
 * is no address bar, it renders its index from memory; hydrating that HTML, it renders the
 * same first (at another address, say Stripe's return to `callback`, the page would not match
 * the server's), then the page at the address.
 */
export function WidgetRouter({ basename, routing, children }: WidgetRouterProps) {
  const inHostRouter = useInRouterContext();
  const addressBarReadable = useAddressBarReadable();
  if (inHostRouter) return <>{children}</>;
  if (!addressBarReadable) {
    // Not OwnMemoryRouter: this one starts at the index whatever the address, as on the server,
    // and, being another component, is replaced (not kept) once the address can be read.
    return (
      <MemoryRouter basename={basename} initialEntries={[basename ?? '/']}>
        {children}
      </MemoryRouter>
    );
  }
  if (routing === 'memory') {
    return <OwnMemoryRouter basename={basename}>{children}</OwnMemoryRouter>;
  }
  return <BrowserRouter basename={basename}>{children}</BrowserRouter>;
}

function OwnMemoryRouter({ basename, children }: { basename: string | undefined; children: ReactNode }) {
  const [initialEntries] = useState(() => [initialEntry(basename ?? '/')]);
  return (
    <MemoryRouter basename={basename} initialEntries={initialEntries}>
      {children}
    </MemoryRouter>
  );
}

/**
 * The page's own address when it lies under `basename`, so that a widget in memory still
 * completes the provider's answer at its `callback` address; its index otherwise.
 */
function initialEntry(basename: string): string {
  if (typeof window === 'undefined') return basename;
  const { pathname, search, hash } = window.location;
  const base = basename.replace(/\/+$/, '');
  return pathname === base || pathname.startsWith(`${base}/`) ? `${pathname}${search}${hash}` : basename;
}
