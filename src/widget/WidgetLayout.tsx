import { useRef, useState } from 'react';
import { Outlet } from 'react-router';
import { useRootProps } from '../ui/useRootProps';
import { useFocusHeadingOnNavigation } from './useFocusHeadingOnNavigation';
import { WidgetAnnouncerContext } from '../context/WidgetAnnouncerContext';

/**
 * The layout route around every page of the widget: its outer element, focus on navigation,
 * and the live region that outlasts the pages (see `WidgetAnnouncerContext`).
 */
export function WidgetLayout() {
  const rootProps = useRootProps('cw-widget');
  const containerRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  useFocusHeadingOnNavigation(containerRef);
  return (
    <div {...rootProps} ref={containerRef}>
      <WidgetAnnouncerContext.Provider value={setAnnouncement}>
        <Outlet />
      </WidgetAnnouncerContext.Provider>
      <p className="cw-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
