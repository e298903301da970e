import { useRef } from 'react';
import { Outlet } from 'react-router';
import { useRootProps } from '../components/ConnectionsProvider/useRootProps';
import { useFocusHeadingOnNavigation } from './useFocusHeadingOnNavigation';

/** The layout route around every page of the widget: its outer element, and focus on navigation. */
export function WidgetLayout() {
  const rootProps = useRootProps('cw-widget');
  const containerRef = useRef<HTMLDivElement>(null);
  useFocusHeadingOnNavigation(containerRef);
  return (
    <div {...rootProps} ref={containerRef}>
      <Outlet />
    </div>
  );
}
