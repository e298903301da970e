import { useConnections } from './ConnectionsContext';

/**
 * Props for the outer element of every exported component: the scoping class that carries
 * the design tokens, and the theme. A component used alone is styled like one in the widget.
 */
export function useRootProps(className: string): { className: string; 'data-theme': string } {
  const { theme } = useConnections();
  return { className: `cw-root ${className}`, 'data-theme': theme };
}
