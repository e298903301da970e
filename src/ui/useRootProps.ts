import { useConnections } from '../context/ConnectionsContext';

/**
 * Props for the outer element of every exported component: the scoping class that carries
 * the design tokens, the theme, and the language, so that a screen reader reads Portuguese
 * as Portuguese inside an English host page. A component used alone is styled like one in
 * the widget.
 */
export function useRootProps(className: string): { className: string; 'data-theme': string; lang: string } {
  const { theme, locale } = useConnections();
  return { className: `cw-root ${className}`, 'data-theme': theme, lang: locale };
}
