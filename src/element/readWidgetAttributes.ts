import type { Role } from '../context/Role';
import { locales } from '../i18n/catalogs';
import type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';

/** The attributes `<connections-widget>` observes. */
export const widgetAttributes = ['user-role', 'locale', 'theme', 'base-path', 'routing', 'authorization-mode'] as const;

const roles: readonly Role[] = ['admin', 'standard', 'read-only'];

/**
 * The widget's options from the element's attributes. Attributes are text anyone can write,
 * so an unknown value reads as missing, and an unknown role as the least privileged.
 */
export function readWidgetAttributes(
  element: Element,
): Pick<ConnectionsWidgetProps, 'role' | 'locale' | 'theme' | 'basename' | 'routing' | 'authorizationMode'> {
  return {
    role: oneOf(element.getAttribute('user-role'), roles) ?? 'read-only',
    locale: oneOf(element.getAttribute('locale'), locales),
    theme: oneOf(element.getAttribute('theme'), ['light', 'dark'] as const),
    basename: element.getAttribute('base-path') ?? undefined,
    routing: oneOf(element.getAttribute('routing'), ['browser', 'memory'] as const),
    // Only the exact word opens windows; anything else keeps the default, which leaves the page.
    authorizationMode: element.getAttribute('authorization-mode') === 'popup' ? 'popup' : 'redirect',
  };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
