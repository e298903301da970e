import { useEffect, useRef } from 'react';
import type { Locale, Role, Theme } from '../src/index';
import { defineConnectionsWidgetElement, type ConnectionsWidgetElement } from '../src/element/index';
import { demoApi, demoAuthorizationHosts } from './demoApi';

// Called, not left to the entry's import: the package declares its sources free of side
// effects, so a build drops an import kept only for them.
defineConnectionsWidgetElement();

export interface ConnectionsWidgetElementHostProps {
  basePath: string;
  role: Role;
  locale: Locale;
  theme: Theme;
}

/**
 * A `<connections-widget>` element as a page without React embeds it, in popup mode and with
 * its own router in memory (two such widgets share the page, and neither owns the address bar).
 */
export function ConnectionsWidgetElementHost({ basePath, role, locale, theme }: ConnectionsWidgetElementHostProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const elementRef = useRef<ConnectionsWidgetElement | null>(null);

  useEffect(() => {
    const element = document.createElement('connections-widget');
    element.setAttribute('base-path', basePath);
    element.setAttribute('routing', 'memory');
    element.setAttribute('authorization-mode', 'popup');
    elementRef.current = element;
    hostRef.current?.append(element);
    return () => {
      element.remove();
      elementRef.current = null;
    };
  }, [basePath]);

  // Runs after the effect above, on the first render too. The backend comes last: the element
  // renders nothing until it has one, so its first render already has the admin's role.
  useEffect(() => {
    const element = elementRef.current;
    if (!element) return;
    element.setAttribute('user-role', role);
    element.setAttribute('locale', locale);
    element.setAttribute('theme', theme);
    element.authorizationHosts = demoAuthorizationHosts;
    element.api = demoApi;
  }, [basePath, role, locale, theme]);

  return <div ref={hostRef} />;
}
